-- The breach register (AVG art. 33(5)): every data breach, reportable or not, with what was decided
-- and when the Autoriteit Persoonsgegevens was notified.
create table breach_register (
    id                   uuid          primary key,
    incident_reference   varchar(24)   not null unique,
    board_id             varchar(40)   not null references board (id),
    school_id            varchar(40)   not null references school (id),
    discovered_at        timestamp with time zone not null,
    assessed_at          timestamp with time zone not null,
    assessed_by          varchar(60),
    description          varchar(2000) not null,
    measures             varchar(2000) not null,
    reportable           boolean       not null,
    high_risk            boolean       not null,
    authority_notified_on varchar(40),
    authority_reference  varchar(100),
    notification_recorded_at timestamp with time zone
);

create index ix_breach_register_board on breach_register (board_id, discovered_at);
