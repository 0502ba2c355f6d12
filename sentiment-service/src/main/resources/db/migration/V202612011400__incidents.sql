-- sentiment-service: signals picked up by monitoring, public-opinion incidents (政务舆情), their assessments,
-- response windows, responses and escalations. Windows are kernel deadlines (table deadline); response_window
-- keeps what the evaluation needs (met, late, missed, with the lag).

create table signal (
    id             uuid primary key,
    unit           text        not null,
    source         text        not null,
    url            text,
    url_key        text unique,
    content_hash   text        not null unique,
    title          text        not null,
    body           text,
    author_handle  text,
    place          text,
    kind           text,
    reads          bigint      not null default 0,
    reposts        bigint      not null default 0,
    comments       bigint      not null default 0,
    sightings      integer     not null default 1,
    first_seen_at  timestamptz not null,
    last_seen_at   timestamptz not null,
    received_at    timestamptz not null,
    incident_id    uuid,
    version        bigint      not null default 0
);
create index signal_unit_seen on signal (unit, last_seen_at desc);
create index signal_incident on signal (incident_id) where incident_id is not null;

create sequence incident_number_seq;

create table incident (
    id                     uuid primary key,
    number                 text        not null unique,
    unit                   text        not null,
    title                  text        not null,
    summary                text,
    origin                 text        not null,
    state                  text        not null check (state in ('OPEN', 'CLOSED', 'MERGED')),
    established_at         timestamptz not null,
    level                  text        not null,
    kind                   text,
    major_impact           boolean     not null default false,
    assessed               boolean     not null default false,
    places                 text[]      not null,
    departments            text[]      not null,
    policy_of              text,
    responsible_government text        not null,
    lead_department        text,
    co_responders          text[]      not null,
    beyond_platform        boolean     not null default false,
    escalation_chain       text[]      not null,
    escalation_step        integer     not null default 0,
    merged_into            uuid references incident (id),
    closed_at              timestamptz,
    closing_note           text,
    created_at             timestamptz not null,
    created_by             text        not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
create index incident_unit_established on incident (unit, established_at desc);
create index incident_state_established on incident (state, established_at desc);
alter table signal add constraint signal_incident_fk foreign key (incident_id) references incident (id);

create table assessment (
    id                     uuid primary key,
    incident_id            uuid        not null references incident (id),
    at                     timestamptz not null,
    actor                  text        not null,
    level                  text        not null,
    kind                   text        not null,
    major_impact           boolean     not null,
    places                 text[]      not null,
    departments            text[]      not null,
    policy_of              text,
    responsible_government text        not null,
    lead_department        text,
    co_responders          text[]      not null,
    note                   text
);
create index assessment_incident on assessment (incident_id, at);

create table response (
    id           uuid primary key,
    incident_id  uuid        not null references incident (id),
    kind         text        not null,
    responded_at timestamptz not null,
    channel      text        not null,
    link         text,
    body         text        not null,
    recorded_at  timestamptz not null,
    recorded_by  text        not null
);
create index response_incident on response (incident_id, responded_at);

create table response_window (
    id           uuid primary key,
    incident_id  uuid        not null references incident (id),
    kind         text        not null,
    due_at       timestamptz not null,
    state        text        not null check (state in ('OPEN', 'MET', 'LATE', 'MISSED', 'WITHDRAWN')),
    breached     boolean     not null default false,
    response_id  uuid references response (id),
    responded_at timestamptz,
    lag_seconds  bigint,
    opened_at    timestamptz not null,
    unique (incident_id, kind)
);

create table escalation (
    id          uuid primary key,
    incident_id uuid        not null references incident (id),
    step        integer     not null,
    step_kind   text        not null,
    unit        text        not null,
    window_kind text        not null,
    at          timestamptz not null,
    unique (incident_id, window_kind)
);

create table escalation_policy (
    unit       text primary key,
    steps      text[]      not null,
    updated_at timestamptz not null,
    updated_by text        not null
);
