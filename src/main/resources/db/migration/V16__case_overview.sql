-- What the case list, the board overview and the yearly report filter on, kept on the case in the
-- transaction of the step that changes it (never read from process variables).

-- The severity as the policy suggested it, then as the triage owner decided it; a case about the
-- school leader is the board's alone (the school leader does not find it in the list).
alter table incident add column severity varchar(20);
alter table incident add column board_only boolean default false not null;
create index ix_incident_board on incident (board_id, reported_at);

update incident set severity = (
    select f.field_value from case_step s join case_step_field f on f.step_id = s.id
    where s.incident_id = incident.id and s.task_key = 'TriageIncident' and f.field_key = 'severityDecision');
update incident set board_only = true where triage_policy like '%"legalTrack":"OFFENDER_IS_SCHOOL_LEADER"%';

-- Everyone (a user or a group) who was ever given a task on the case: they find it in the case list.
create table case_participant (
    incident_id uuid         not null references incident (id),
    participant varchar(200) not null,
    primary key (incident_id, participant)
);

insert into case_participant (incident_id, participant)
select distinct i.id, l.GROUP_ID_ from ACT_HI_IDENTITYLINK l
    join ACT_HI_TASKINST t on t.ID_ = l.TASK_ID_
    join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_
    join incident i on i.reference = p.BUSINESS_KEY_
where l.GROUP_ID_ is not null
union
select distinct i.id, t.ASSIGNEE_ from ACT_HI_TASKINST t
    join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_
    join incident i on i.reference = p.BUSINESS_KEY_
where t.ASSIGNEE_ is not null;

-- The case's open tasks, in step with the engine's: an open case without one waits (on a timer or
-- a message).
create table case_open_task (
    task_id     varchar(64)  primary key,
    incident_id uuid         not null references incident (id),
    task_key    varchar(60)  not null,
    task_name   varchar(300) not null,
    assignee    varchar(100),
    due_at      timestamp with time zone,
    created_at  timestamp with time zone not null
);

create index ix_case_open_task_incident on case_open_task (incident_id);

insert into case_open_task (task_id, incident_id, task_key, task_name, assignee, due_at, created_at)
select t.ID_, i.id, t.TASK_DEF_KEY_, coalesce(t.NAME_, t.TASK_DEF_KEY_), t.ASSIGNEE_, t.DUE_DATE_, t.CREATE_TIME_
from ACT_RU_TASK t
    join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
    join incident i on i.reference = e.BUSINESS_KEY_;

-- Who outside the school took part (parents, police, press, the Autoriteit Persoonsgegevens, Veilig
-- Thuis, the Inspectie), from the completed steps that record the contact (incident/Involvement.java).
create table incident_involvement (
    incident_id uuid        not null references incident (id),
    involvement varchar(30) not null,
    primary key (incident_id, involvement)
);

insert into incident_involvement (incident_id, involvement)
select distinct s.incident_id, case s.task_key
        when 'InformParents' then 'PARENTS' when 'InformParentsOfOffence' then 'PARENTS'
        when 'RecordPoliceReport' then 'POLICE' when 'FilePoliceReport' then 'POLICE'
        when 'HandlePress' then 'PRESS' when 'AnswerPressInquiry' then 'PRESS'
        when 'NotifyAuthority' then 'DATA_PROTECTION_AUTHORITY'
        when 'ReportToVeiligThuis' then 'VEILIG_THUIS'
        when 'ConsultConfidentialInspector' then 'INSPECTORATE' end
from case_step s
where s.task_key in ('InformParents', 'InformParentsOfOffence', 'RecordPoliceReport', 'FilePoliceReport', 'HandlePress',
                     'AnswerPressInquiry', 'NotifyAuthority', 'ReportToVeiligThuis', 'ConsultConfidentialInspector')
  and not (s.task_key = 'RecordPoliceReport' and exists (select 1 from case_step_field f where f.step_id = s.id
           and f.field_key = 'policeOutcome' and f.field_value <> 'REPORTED'));
