-- The reply deadline (条例第三十三条) copied onto its application, so that the staff list filters and sorts one
-- table through an index whose order is the list's order — fast without table statistics, which this product
-- cannot count on (a fresh database, a bulk load, autovacuum off). The kernel's deadline row stays the truth; the
-- copy is written in the same transaction by an observer of every change to it (ReplyDueColumns).
-- reply_due_at is null when there is no reply deadline or it is closed: such cases sort last.
alter table application add column reply_due_date date;
alter table application add column reply_due_at timestamptz;
alter table application add column reply_clock text; -- ACTIVE, PAUSED, CLOSED; null: not received

update application a
set reply_due_date = d.due_date,
    reply_due_at   = case when d.state = 'CLOSED' then null else d.due_at end,
    reply_clock    = d.state
from deadline d
where d.aggregate_type = 'application' and d.aggregate_id = cast(a.id as text) and d.kind = 'reply' and d.ref = '';

create index application_reply_due on application (reply_due_at asc nulls last, case_number);
create index application_reply_due_desc on application (reply_due_at desc nulls last, case_number);
create index application_submitted_on on application (submitted_on, case_number);
