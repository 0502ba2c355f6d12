-- Hand-off orders (转办单): out to the responsible unit, in from the province or city; each with its feedback
-- deadline (a kernel deadline) and its history. Early-warning rules (预警) and the warnings they raised.

create sequence handoff_order_number_seq;

create table handoff_order (
    id               uuid primary key,
    incident_id      uuid        not null references incident (id),
    direction        text        not null check (direction in ('OUT', 'IN')),
    number           text        not null,
    from_unit        text        not null,
    to_unit          text        not null,
    facts_to_check   text        not null,
    feedback_due_at  timestamptz not null,
    state            text        not null check (state in ('ISSUED', 'ACKNOWLEDGED', 'INTERIM_FEEDBACK', 'FINAL_FEEDBACK')),
    issued_at        timestamptz not null,
    acknowledged_at  timestamptz,
    final_at         timestamptz,
    overdue          boolean     not null default false,
    created_by       text        not null,
    version          bigint      not null default 0,
    unique (direction, from_unit, number)
);
create index handoff_order_incident on handoff_order (incident_id, issued_at);
create index handoff_order_to_unit on handoff_order (to_unit, issued_at desc);

create table handoff_order_entry (
    id       uuid primary key,
    seq      bigserial   not null,
    order_id uuid        not null references handoff_order (id),
    at       timestamptz not null,
    action   text        not null,
    actor    text        not null,
    text     text
);
create index handoff_order_entry_order on handoff_order_entry (order_id, at, seq);

create table warning_rule (
    id              uuid primary key,
    unit            text        not null,
    name            text        not null,
    keywords        text[]      not null,
    reach_at_least  bigint,
    rise_at_least   bigint,
    rise_within_s   bigint,
    kinds           text[]      not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0
);
create index warning_rule_unit on warning_rule (unit) where enabled;

create table signal_reach (
    signal_id uuid        not null references signal (id),
    at        timestamptz not null,
    reach     bigint      not null
);
create index signal_reach_signal on signal_reach (signal_id, at);

create table early_warning (
    id          uuid primary key,
    rule_id     uuid        not null references warning_rule (id),
    signal_id   uuid        not null references signal (id),
    unit        text        not null,
    raised_at   timestamptz not null,
    reason      text        not null,
    state       text        not null check (state in ('PROPOSED', 'ACCEPTED', 'DISMISSED')),
    incident_id uuid references incident (id),
    decided_at  timestamptz,
    decided_by  text,
    unique (rule_id, signal_id)
);
create index early_warning_unit on early_warning (unit, raised_at desc);
