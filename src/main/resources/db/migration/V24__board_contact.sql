-- How the public reaches a board about privacy and accessibility (the statements and every public page's footer).
alter table board add column contact_email varchar(254);
alter table board add column contact_phone varchar(40);
