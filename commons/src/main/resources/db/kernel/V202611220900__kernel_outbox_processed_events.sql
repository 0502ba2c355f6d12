-- Shared kernel tables, migrated into every service's own database (govopen-commons, db/kernel).

create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    source       text        not null,
    subject      text        not null,
    occurred_at  timestamptz not null,
    data         text        not null,
    data_schema  text,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    failed_at    timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
-- the relay's queue: only what is still to send
create index outbox_event_pending on outbox_event (seq) where sent_at is null and failed_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
