-- The operator console's alerts (告警). An alert group is one case of one service (service, aggregate): its
-- warnings, breach, escalations and their resolution sit together and are acknowledged, assigned and resolved as one.

create table alert_group (
    id               uuid primary key,           -- derived from (service, aggregate type, aggregate id): never a new id for the same case
    service          text not null,
    aggregate_type   text not null,
    aggregate_id     text not null,
    unit             text,                       -- the unit path of the case; null: the alert named none
    ref              text,                       -- the case's number for people (申请编号, 留言编号 …)
    label            text not null,              -- what is due, in Chinese
    level            text not null,              -- BREACH, WARNING or NOTICE: the highest of its unresolved alerts
    level_rank       integer not null,           -- 0 breach, 1 warning, 2 notice: the list's order
    status           text not null,              -- OPEN, ACKNOWLEDGED, RESOLVED
    due_at           timestamptz,                -- the earliest due time of its unresolved alerts
    message          text not null,              -- the latest alert's message
    first_alert_at   timestamptz not null,
    last_alert_at    timestamptz not null,
    alert_count      integer not null default 0,
    duplicate_count  integer not null default 0, -- deliveries of an alert already received
    assignee         text,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    resolved_by      text,
    resolved_at      timestamptz,
    resolution       text,
    reminders_sent   integer not null default 0,
    next_reminder_at timestamptz,                -- set while an unacknowledged breach waits for its next reminder
    version          bigint not null default 0,
    constraint alert_group_case unique (service, aggregate_type, aggregate_id),
    constraint alert_group_status check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    constraint alert_group_level check (level in ('BREACH', 'WARNING', 'NOTICE'))
);

-- the open list, most urgent first (breaches, then warnings, by due time); and per unit
create index alert_group_open_by_urgency on alert_group (level_rank, due_at, id) where status <> 'RESOLVED';
create index alert_group_open_by_unit on alert_group (unit text_pattern_ops, level_rank, due_at) include (status) where status <> 'RESOLVED';
create index alert_group_by_last_alert on alert_group (last_alert_at desc, id);
create index alert_group_reminder_due on alert_group (next_reminder_at) where next_reminder_at is not null;

-- every alert once, by its id; a redelivery counts as a duplicate
create table alert (
    alert_id     text primary key,
    group_id     uuid not null references alert_group (id),
    event_type   text not null,
    kind         text not null,                  -- the deadline's kind, or the alert's own (escalation, early-warning …)
    stage        text,                           -- warning-1, breach, resolved … (deadline alerts)
    level        text not null,                  -- BREACH, WARNING, NOTICE or RESOLVED
    message      text not null,
    due_at       timestamptz,
    fired_at     timestamptz not null,
    received_at  timestamptz not null,
    resolved     boolean not null default false,
    duplicates   integer not null default 0
);
create index alert_of_group on alert (group_id, fired_at);

-- what people (and the console) did with a group: acknowledged, assigned, resolved, reopened, reminded
create table alert_action (
    id        bigint primary key,
    group_id  uuid not null references alert_group (id),
    at        timestamptz not null,
    actor     text not null,
    action    text not null,
    note      text
);
create sequence alert_action_seq increment by 50;
create index alert_action_of_group on alert_action (group_id, id);

-- LISTEN/NOTIFY: every change of a group is announced after commit, so the live pages of every replica update
-- (AlertNotifications)
