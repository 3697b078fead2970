-- How a case was closed: when, why (e.g. NOT_INVOLVED) and the closing text (summary or advice).
alter table incident add column closed_at timestamp with time zone;
alter table incident add column closing_reason varchar(40);
alter table incident add column closing_summary varchar(5000);
