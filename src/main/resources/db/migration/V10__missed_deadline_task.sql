-- Which task missed its term, so a task's miss is recorded once.
alter table missed_deadline add column task_id varchar(64);
create index ix_missed_deadline_task on missed_deadline (task_id);
