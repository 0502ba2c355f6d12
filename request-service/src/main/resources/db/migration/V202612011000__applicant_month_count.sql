-- The applicant's applications per calendar month (国办函〔2020〕109号 fees by count, 第三十五条): one counter row
-- per applicant and month, incremented by one short upsert at the end of each registration's transaction, so
-- concurrent registrations of one applicant wait for each other only for the few statements after it, not for
-- the whole registration (the advisory lock plus count(*) it replaces was held from the count to the commit).
-- month_ordinal = the counter after the registration's own increment = 1 + the applications registered before it
-- in that month, as before; a registration that rolls back takes its increment with it.
create table applicant_month_count (
    applicant_key text    not null,
    month         date    not null, -- the first day of the month of submitted_on
    applications  integer not null,
    primary key (applicant_key, month)
);

insert into applicant_month_count (applicant_key, month, applications)
select applicant_key, cast(date_trunc('month', submitted_on) as date), count(*)
from application
group by applicant_key, cast(date_trunc('month', submitted_on) as date);
