-- A wall-clock deadline may be warned at several points (an opinion window at 50 % and 80 %): all points, and how
-- many have been raised. Rows warned before this change raised their one warning.
alter table deadline add column warnings timestamptz[];
alter table deadline add column warnings_fired integer not null default 0;
update deadline set warnings = array[warn_at] where warn_at is not null;
update deadline set warnings_fired = 1 where warn_at is not null and stage in ('WARNED', 'BREACHED');
