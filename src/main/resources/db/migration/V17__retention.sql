-- Personal values of the trail, kept beside it (docs/audit.md, "Retention"): an entry's hashed data holds
-- only a commitment, sha256(salt + value); the salt and the value live here. Anonymisation deletes these
-- rows, and the chain still verifies, because it never covered the values themselves.
create table audit_personal (
    reference   varchar(24)   not null,
    seq         bigint        not null,
    commitment  varchar(64)   not null,
    salt        varchar(32)   not null,
    personal_value varchar(100000) not null,
    primary key (reference, seq, commitment)
);

-- When a closed case's personal data was removed at the end of its retention period.
alter table incident add column anonymised_at timestamp with time zone;
create index ix_incident_retention on incident (status, anonymised_at, closed_at);
