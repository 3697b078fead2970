-- The audit trail: append-only, hash-chained per case (docs/audit.md). audit_chain holds each case's
-- head (last sequence number and hash): appending locks it, so entries of one case are written one
-- after the other even when two people finish at the same moment, and a deleted last entry shows.
create table audit_chain (
    reference   varchar(24)  primary key,
    last_seq    bigint       not null,
    last_hash   varchar(64)  not null
);

create table audit_entry (
    reference   varchar(24)   not null,
    seq         bigint        not null,
    recorded_at timestamp with time zone not null,
    kind        varchar(40)   not null,
    actor       varchar(100),
    data        varchar(1000000) not null,
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null,
    primary key (reference, seq)
);
