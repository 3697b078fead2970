-- E-mails to send: written in the transaction that causes them, sent by the mail relay when an SMTP
-- server is configured, and always visible to administrators on /beheer/mail.
create table mail_message (
    id          uuid          primary key,
    recipient   varchar(254)  not null,
    subject     varchar(300)  not null,
    body        varchar(4000) not null,
    created_at  timestamp with time zone not null,
    status      varchar(20)   not null,
    attempts    integer       not null,
    last_error  varchar(1000),
    sent_at     timestamp with time zone
);

create index ix_mail_message_status on mail_message (status, created_at);
