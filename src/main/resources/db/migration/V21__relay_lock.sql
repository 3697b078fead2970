-- A relay that must run on one node at a time locks its row here in the transaction of each round
-- (select ... for update skip locked): a node that finds the row locked leaves the round to the node
-- holding it. The database releases the lock when that transaction ends, also when its node died.
create table relay_lock (
    name varchar(40) primary key
);

insert into relay_lock (name) values ('lifecycle-outbox');
