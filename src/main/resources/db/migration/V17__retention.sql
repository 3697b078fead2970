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

-- Whether a step's field was typed by a person (free text: removed at the end of the retention period)
-- or chosen (an option, yes/no, a date: kept for the counts). Steps recorded before are taken as typed.
alter table case_step_field add column free_text boolean default true not null;
