-- Policy interpretation (政策解读, rules.md §2b): a policy document may be marked as needing interpretation;
-- it is then published only with one (同步公开), and each interpretation links back to its document.
alter table document
    add column needs_interpretation  boolean not null default false,
    add column drafting_department   text,
    add column published_on          date,
    add column published_by          text;

create table interpretation (
    id                   uuid primary key,
    document_id          uuid        not null references document (id),
    unit                 text        not null references unit (path),
    form                 text        not null,
    title                text        not null,
    content              text,
    materials_url        text,
    drafting_department  text        not null,
    interpreter          text        not null,
    interpreter_is_head  boolean     not null,
    published_on         date,
    days_late            integer,
    created_at           timestamptz not null,
    created_by           text        not null
);
create index interpretation_document on interpretation (document_id, created_at);
create index interpretation_late on interpretation (unit) where days_late > 0;
