-- Human references (INC-<year>-<number>) come from this sequence: unique and never reused.
create sequence incident_number_seq start with 1 increment by 1;

create table incident (
    id                     uuid          primary key,
    reference              varchar(24)   not null unique,
    board_id               varchar(40)   not null references board (id),
    school_id              varchar(40)   not null references school (id),
    category               varchar(40)   not null,
    description            varchar(5000) not null,
    occurred_at            timestamp with time zone,
    reported_at            timestamp with time zone not null,
    platform               varchar(30),
    content_url            varchar(2000),
    offender_role          varchar(20),
    offender_name          varchar(200),
    victim_role            varchar(20),
    victim_name            varchar(200),
    threat_of_violence     boolean       not null,
    sexual_images_of_minors boolean      not null,
    personal_data_exposed  boolean       not null,
    media_attention        boolean       not null,
    in_school_context      boolean       not null,
    content_online         boolean       not null,
    reporter_role          varchar(20),
    reporter_name          varchar(200),
    reporter_email         varchar(254),
    reporter_anonymous     boolean       not null,
    channel                varchar(10)   not null,
    status                 varchar(20)   not null
);

create index ix_incident_school on incident (school_id, reported_at);

-- The de-duplication inbox: one row per accepted submission key (API Idempotency-Key,
-- CloudEvents source+id, form submission token), written in the transaction that opens the case.
create table intake_receipt (
    key_hash     varchar(64)  primary key,
    channel      varchar(10)  not null,
    payload_hash varchar(64)  not null,
    incident_id  uuid         not null references incident (id),
    received_at  timestamp with time zone not null
);
