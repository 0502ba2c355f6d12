-- Major administrative decisions (重大行政决策, rules.md §2b): the yearly catalogue of a government with every
-- published version kept (history), the public consultation of each decision's draft with its comments and the
-- account of which were adopted, hearings and meetings with their participants, and the decision's record.
create table major_decision (
    id                uuid primary key,
    unit              text        not null references unit (path),
    year              integer     not null,
    title             text        not null,
    department        text        not null,
    planned_by        date        not null,
    hearing_required  boolean     not null,
    status            text        not null,
    withdrawn_reason  text,
    decided_on        date,
    decision_summary  text,
    decision_url      text,
    decided_by        text,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null
);
create index major_decision_catalogue on major_decision (unit, year, planned_by);

create table decision_catalogue_version (
    id            uuid primary key,
    unit          text        not null references unit (path),
    year          integer     not null,
    version       integer     not null,
    published_on  date        not null,
    published_by  text        not null,
    change_note   text,
    lines         jsonb       not null,
    unique (unit, year, version)
);

create table consultation (
    id                    uuid primary key,
    decision_id           uuid        not null unique references major_decision (id),
    unit                  text        not null references unit (path),
    draft_title           text        not null,
    draft_text            text,
    draft_url             text,
    basis                 text        not null,
    opens_on              date        not null,
    closes_on             date        not null,
    shortened_reason      text,
    created_at            timestamptz not null,
    created_by            text        not null,
    account_summary       text,
    account_published_on  date,
    account_by            text
);

create table consultation_comment (
    id               uuid primary key,
    consultation_id  uuid        not null references consultation (id),
    received_at      timestamptz not null,
    author           text,
    content          text        not null,
    status           text        not null,
    moderated_at     timestamptz,
    moderated_by     text,
    rejection_reason text,
    adoption         text,
    adoption_reason  text
);
create index consultation_comment_by_consultation on consultation_comment (consultation_id, received_at);

create table decision_meeting (
    id           uuid primary key,
    decision_id  uuid        not null references major_decision (id),
    kind         text        not null,
    held_on      date        not null,
    place        text        not null,
    summary      text,
    created_at   timestamptz not null,
    created_by   text        not null
);
create index decision_meeting_by_decision on decision_meeting (decision_id, held_on);

create table decision_meeting_participant (
    meeting_id  uuid    not null references decision_meeting (id),
    position    integer not null,
    name        text    not null,
    category    text    not null,
    primary key (meeting_id, position)
);
