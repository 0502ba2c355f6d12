-- Deadlines as rows (architecture § Deadlines); fired by each service's sweeper.

create table deadline (
    id                uuid primary key,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    kind              text        not null,
    ref               text        not null default '',
    label             text        not null,
    unit              text,
    basis_date        date,
    working_days      integer,
    warn_working_days integer,
    due_date          date,
    due_at            timestamptz not null,
    warn_at           timestamptz,
    provisional       boolean     not null default false,
    state             text        not null check (state in ('ACTIVE', 'PAUSED', 'CLOSED')),
    stage             text        not null check (stage in ('PENDING', 'WARNED', 'BREACHED')),
    paused_since      date,
    next_fire_at      timestamptz,
    token             integer     not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    closed_at         timestamptz,
    version           bigint      not null default 0,
    unique (aggregate_type, aggregate_id, kind, ref)
);
-- the sweeper's queue
create index deadline_next_fire on deadline (next_fire_at) where state = 'ACTIVE' and next_fire_at is not null;
create index deadline_open_due on deadline (due_date) where state <> 'CLOSED';
create index deadline_unit on deadline (unit);

create table deadline_pause (
    deadline_id uuid not null references deadline (id) on delete cascade,
    stop_day    date not null,
    restart_day date not null
);
create index deadline_pause_deadline on deadline_pause (deadline_id);
