-- The disclosure catalogue (rules.md §2): units, domains, entries and their published versions, information
-- items published under entries, documents and their disclosure attribute, demand from applications, and
-- the search index of what the public may see.

-- Units: city → county/district/development zone → township/street → village/community, and departments.
create table unit (
    path                     text primary key,
    name                     text        not null,
    kind                     text        not null,
    parent_path              text references unit (path),
    -- departments: the domains whose catalogues they review (the city department of that domain)
    review_domains           text        not null default '[]',
    recheck_cycle            text        not null,
    review_working_days      integer     not null,
    review_by                date,
    conversion_applicants    integer     not null,
    conversion_applications  integer     not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);
create index unit_parent on unit (parent_path);

-- The 26 pilot domains (unit null) and the "other domains" a unit adds for itself.
create table domain (
    code      text primary key,
    name      text    not null,
    pilot     boolean not null,
    unit      text references unit (path),
    position  integer not null
);

create table catalog_entry (
    id                 uuid primary key,
    unit               text        not null references unit (path),
    domain             text        not null references domain (code),
    state              text        not null,
    published_version  integer,
    -- the working copy: what the unit compiles and the reviewer sees
    first_level_item   text        not null,
    second_level_item  text,
    name               text        not null,
    content            text        not null,
    legal_basis        text        not null,
    time_limit         text        not null,
    responsible_body   text        not null,
    method             text        not null,
    channels           text        not null,
    audience           text        not null,
    audience_detail    text,
    level              text        not null,
    review_comment     text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index catalog_entry_unit on catalog_entry (unit, domain);

-- What was published: one immutable row per published version, readable for ever.
create table entry_version (
    entry_id           uuid        not null references catalog_entry (id),
    version            integer     not null,
    unit               text        not null,
    domain             text        not null,
    first_level_item   text        not null,
    second_level_item  text,
    name               text        not null,
    content            text        not null,
    legal_basis        text        not null,
    time_limit         text        not null,
    responsible_body   text        not null,
    method             text        not null,
    channels           text        not null,
    audience           text        not null,
    audience_detail    text,
    level              text        not null,
    published_at       timestamptz not null,
    published_by       text        not null,
    approved_by        text,
    primary key (entry_id, version)
);

create table entry_transition (
    id          bigserial primary key,
    entry_id    uuid        not null references catalog_entry (id),
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    actor       text        not null,
    at          timestamptz not null,
    note        text
);
create index entry_transition_entry on entry_transition (entry_id, id);

-- Information published under an entry (按目录公开); title and body are stored masked (seed 002).
create table information_item (
    id               uuid primary key,
    entry_id         uuid        not null references catalog_entry (id),
    unit             text        not null,
    domain           text        not null,
    title            text        not null,
    body             text,
    link             text,
    document_number  text,
    formed_on        date        not null,
    due_on           date        not null,
    published_on     date,
    late             boolean     not null default false,
    created_at       timestamptz not null,
    created_by       text        not null
);
create index information_item_entry on information_item (entry_id);
create index information_item_unit on information_item (unit, published_on);

-- Documents and their disclosure attribute (公开属性源头认定).
create table document (
    id               uuid primary key,
    unit             text        not null references unit (path),
    document_number  text,
    title            text        not null,
    attribute        text        not null,
    reason           text,
    formed_on        date        not null,
    url              text,
    status           text        not null,
    next_recheck_on  date,
    obsolete_on      date,
    obsolete_reason  text,
    cleanup_id       uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index document_unit on document (unit, attribute);
create unique index document_unit_number on document (unit, document_number) where document_number is not null;

create table document_recheck (
    id                  uuid primary key,
    document_id         uuid        not null references document (id),
    checked_on          date        not null,
    previous_attribute  text        not null,
    attribute           text        not null,
    reason              text,
    checked_by          text        not null,
    at                  timestamptz not null
);
create index document_recheck_document on document_recheck (document_id, checked_on);

-- The published result of a clean-up of obsolete documents (对失效政府信息进行清理，及时公开清理结果).
create table document_cleanup (
    id            uuid primary key,
    unit          text        not null references unit (path),
    note          text,
    published_at  timestamptz not null,
    published_by  text        not null
);

-- Applications per requested document (from govopen.request.events) and the conversion they may propose.
create table document_demand (
    id                  uuid primary key,
    unit                text        not null,
    document_key        text        not null,
    document_number     text,
    title               text,
    applications        integer     not null,
    applicants          integer     not null,
    last_applied_at     timestamptz not null,
    proposal            text        not null,
    proposed_at         timestamptz,
    decided_at          timestamptz,
    decided_by          text,
    decision_note       text,
    unique (unit, document_key)
);

create table document_demand_applicant (
    unit           text not null,
    document_key   text not null,
    applicant_key  text not null,
    primary key (unit, document_key, applicant_key)
);

-- What the public can find: published entry versions and published items, tokenised for Chinese search
-- (CJK bigrams built by the service, so the index does not depend on the server's locale or extensions):
-- terms (all terms, no positions) is what a query matches; heading (with positions) is what ranks.
create table search_document (
    kind          text        not null,
    ref_id        uuid        not null,
    entry_id      uuid        not null,
    unit          text        not null,
    domain        text        not null,
    title         text        not null,
    summary       text,
    published_on  date,
    heading       tsvector    not null,
    terms         tsvector    not null,
    primary key (kind, ref_id)
);
create index search_document_terms on search_document using gin (terms);
create index search_document_unit on search_document (unit);
