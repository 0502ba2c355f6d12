-- interaction-service statistics benchmark: :n messages received over the calendar year :year, straight into
-- table message of a scratch database (run-interaction-statistics.sh). 40 units (4 district desks x 10 bureaus) with
-- a skewed share of the messages, 6 categories, receipts 08:00-22:00 on every day, 97 % replied (about 9 % of the
-- replies late, after 6 or 7 working days), 60 % of the replies rated, 3 % returned once (退单), 5 % reassigned once
-- (改派), 3 % never dispatched (answered by the desk); the 3 % still open are past their due date (overdue).
-- psql -v n=1000000 -v year=2025 -f interaction-statistics-seed.sql
\set ON_ERROR_STOP on
begin;
insert into message (id, number, tracking_code, tracking_secret_hash, channel, category, subject, body, matter_key,
                     addressed_unit, office_unit, lead_unit, consent_to_publish, received_at, simple, state,
                     reply_due_date, reply_due_at, reply_clock, reply, reply_unit, reply_unit_name, replied_at,
                     reply_working_days, reply_hours, replied_on_time, return_count, reassign_count, satisfaction,
                     rated_at, closed_at, created_at, updated_at)
with units as (
    select array_agg(d || '/' || b order by di, bi) as paths
    from unnest(array['nanning/qingxiu', 'nanning/xingning', 'nanning/jiangnan', 'nanning/xixiangtang']) with ordinality as o(d, di),
         unnest(array['zhujian', 'huanbao', 'jiaotong', 'minzheng', 'shichang', 'gongan', 'jiaoyu', 'weijian', 'renshe',
                      'chengguan']) with ordinality as x(b, bi)
), r as (
    -- the random draws of each message (volatile: evaluated per row)
    select i, random() as a, random() as b, random() as c, random() as d, random() as e, random() as f, random() as g,
           random() as h, random() as k, random() as s, random() as m1, random() as m2
    from generate_series(1, :n) i
), v as (
    select r.*, (select paths from units)[1 + least(39, floor(40 * power(a, 1.6))::int)] as lead,
           make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
               + floor(d * (make_date(:year + 1, 1, 1) - make_date(:year, 1, 1))) * interval '1 day'
               + (8 * 3600 + e * 14 * 3600) * interval '1 second' as received,
           f < 0.97 as replied,
           floor(power(g, 3) * 8)::int as wd
    from r
), w as (
    select v.*, split_part(lead, '/', 1) || '/' || split_part(lead, '/', 2) as office,
           case when b < 0.03 then null else lead end as lead_unit,
           round((wd * 33.6 + h * 20)::numeric, 2) as hours
    from v
)
select gen_random_uuid(), 'BM' || :year || '-' || lpad(i::text, 7, '0'), 'BMT' || i, 'bench', 'WEBSITE',
       case when c < 0.35 then 'COMPLAINT' when c < 0.60 then 'CONSULTATION' when c < 0.75 then 'REQUEST_FOR_HELP'
            when c < 0.85 then 'SUGGESTION' when c < 0.95 then 'REPORT' else 'OTHER' end,
       '留言 ' || i, '基准测试留言正文 ' || i, 'matter-' || (i % 500), office, office, lead_unit, k < 0.5, received,
       false,
       case when not replied then (case when lead_unit is null then 'RECEIVED' else 'DISPATCHED' end)
            when s < 0.6 or k < 0.4 then 'CLOSED' else 'REPLIED' end,
       case when replied then null else (received + interval '7 days')::date end,
       case when replied then null else received + interval '7 days' end,
       case when replied then 'CLOSED' else 'ACTIVE' end,
       case when replied then '已处理。' end,
       case when replied then coalesce(lead_unit, office) end,
       case when replied then '某单位' end,
       case when replied then received + hours * interval '1 hour' end,
       case when replied then wd end,
       case when replied then hours end,
       case when replied then wd <= 5 end,
       (m1 < 0.03)::int, (m2 < 0.05)::int,
       case when not replied or s >= 0.6 then null
            when k < 0.40 then 'VERY_SATISFIED' when k < 0.70 then 'SATISFIED' when k < 0.85 then 'BASICALLY_SATISFIED'
            when k < 0.95 then 'DISSATISFIED' else 'VERY_DISSATISFIED' end,
       case when replied and s < 0.6 then received + hours * interval '1 hour' + interval '1 day' end,
       case when replied and (s < 0.6 or k < 0.4) then received + hours * interval '1 hour' + interval '1 day' end,
       received,
       case when not replied then received
            when s < 0.6 or k < 0.4 then received + hours * interval '1 hour' + interval '1 day'
            else received + hours * interval '1 hour' end
from w;
commit;
analyze message;
