-- Links with which a reporter follows their report without logging in. Only a hash of each link's secret is
-- kept: whoever reads this table cannot follow a report.
create table report_follow (
    token_hash  varchar(64) primary key,
    incident_id uuid                     not null references incident (id),
    issued_at   timestamp with time zone not null
);

create index ix_report_follow_incident on report_follow (incident_id);
