-- The facts a reporter ticked become rows of their own: a new fact is a new enum constant
-- (incident/Fact.java), not a new column. The process variables keep their names.
create table incident_fact (
    incident_id  uuid         not null references incident (id),
    fact         varchar(40)  not null,
    primary key (incident_id, fact)
);

insert into incident_fact (incident_id, fact) select id, 'THREAT_OF_VIOLENCE' from incident where threat_of_violence;
insert into incident_fact (incident_id, fact) select id, 'SEXUAL_IMAGES_OF_MINORS' from incident where sexual_images_of_minors;
insert into incident_fact (incident_id, fact) select id, 'PERSONAL_DATA_EXPOSED' from incident where personal_data_exposed;
insert into incident_fact (incident_id, fact) select id, 'MEDIA_ATTENTION' from incident where media_attention;
insert into incident_fact (incident_id, fact) select id, 'IN_SCHOOL_CONTEXT' from incident where in_school_context;
insert into incident_fact (incident_id, fact) select id, 'CONTENT_ONLINE' from incident where content_online;
insert into incident_fact (incident_id, fact) select id, 'ACCOUNT_HACKED' from incident where account_hacked;

alter table incident drop column threat_of_violence;
alter table incident drop column sexual_images_of_minors;
alter table incident drop column personal_data_exposed;
alter table incident drop column media_attention;
alter table incident drop column in_school_context;
alter table incident drop column content_online;
alter table incident drop column account_hacked;
