-- Holiday notices loaded at run time by an administrator (rules.md §1: calendar years are data).
-- catalog-service is their source of truth; every service receives them on govopen.reference.calendar.
create table calendar_year (
    year       integer primary key,
    notice     text        not null,
    loaded_at  timestamptz not null,
    loaded_by  text        not null
);
