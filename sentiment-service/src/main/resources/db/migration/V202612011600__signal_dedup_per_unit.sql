-- A repeat is one the same desk already has: the dedup keys are unique per unit, so another unit's desk keeps its own
-- signal and never receives this one's (a leak across units otherwise). The reach samples are pruned by age.
alter table signal drop constraint signal_url_key_key;
alter table signal drop constraint signal_content_hash_key;
create unique index signal_unit_url_key on signal (unit, url_key) where url_key is not null;
create unique index signal_unit_content_hash on signal (unit, content_hash);
create index signal_reach_at on signal_reach (at);
