create table test_note (
    id    uuid primary key,
    text  text not null
);
create table test_note_applied (
    note_id uuid not null,
    event_id text not null
);
