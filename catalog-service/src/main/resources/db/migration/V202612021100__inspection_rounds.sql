-- Random inspection rounds (三随机抽查巡检, seed 003, rules.md §2b): the draw with its seed and the candidates it was
-- drawn from (so anybody can draw it again), the inspector's finding per drawn unit and item, the rectification
-- (整改) of each problem by its deadline, and the published report (通报).
create table inspection_round (
    id              uuid primary key,
    organiser       text        not null references unit (path),
    title           text        not null,
    seed            bigint      not null,
    window_from     date        not null,
    window_to       date        not null,
    unit_count      integer     not null,
    item_count      integer     not null,
    repeat_draws    boolean     not null,
    candidates      jsonb       not null,
    drawn_units     jsonb       not null,
    drawn_items     jsonb       not null,
    inspect_on      date        not null,
    report_summary  text,
    reported_on     date,
    reported_by     text,
    created_at      timestamptz not null,
    created_by      text        not null
);
create index inspection_round_by_organiser on inspection_round (organiser, created_at);

create table inspection_finding (
    id                  uuid primary key,
    round_id            uuid        not null references inspection_round (id),
    unit                text        not null references unit (path),
    item                text        not null,
    conforms            boolean     not null,
    description         text        not null,
    rectify_by          date,
    rectified_on        date,
    rectification_note  text,
    recorded_at         timestamptz not null,
    recorded_by         text        not null,
    unique (round_id, unit, item)
);
