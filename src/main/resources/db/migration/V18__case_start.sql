-- Cases whose workflow is still to be started. The row is written in the transaction that records the
-- case (so a committed case always gets its process) and deleted in the transaction that starts the
-- process: deleting it is the claim, so two nodes never start one case twice. No foreign key: the
-- case and this row are inserted in one JDBC batch whose order Hibernate may change.
create table case_start (
    incident_id uuid         primary key,
    node        varchar(100) not null,
    queued_at   timestamp with time zone not null
);

create index ix_case_start_node on case_start (node, queued_at);
create index ix_case_start_queued on case_start (queued_at);
