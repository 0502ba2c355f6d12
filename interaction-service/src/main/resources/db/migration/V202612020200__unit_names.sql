-- The units' names as catalog-service publishes them (govopen.catalog.unit.changed): 答复单位 of a reply when the
-- replying unit does not sign it itself.
create table unit_name (
    unit        text primary key,
    name        text        not null,
    updated_at  timestamptz not null
);
