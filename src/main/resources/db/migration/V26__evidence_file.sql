-- Files with a report (screenshots, photos, PDFs): kept with the case, in the case's transaction, never public.
-- The type is what the content is (its first bytes), not what the name says.
create table evidence_file (
    id          uuid                     primary key,
    incident_id uuid                     not null references incident (id),
    file_name   varchar(120)             not null,
    media_type  varchar(40)              not null,
    size_bytes  integer                  not null,
    sha256      varchar(64)              not null,
    content     bytea                    not null,
    added_at    timestamp with time zone not null,
    source      varchar(500)             not null
);

create index ix_evidence_file_incident on evidence_file (incident_id);
