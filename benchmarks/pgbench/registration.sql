-- One in-person registration's transaction, statement for statement as request-service issues it
-- (RegistrationStatementsTest asserts the list): the case number, the reply and correction-notice deadlines,
-- the applicant's month ordinal, then the application, its transition and its event. Nothing else: the relay
-- marks events sent later, in batches, in transactions of its own.
-- benchmarks/run-request.sh runs it against a scratch copy of govopen_request's schema:
--   pgbench -n -c 16 -j 2 -T 30 -D year=2026 -f benchmarks/pgbench/registration.sql govopen_pgbench
\set applicant random(1, 100000000)
begin;
select nextval(cast('case_number_' || :year as regclass)) as case_no \gset
insert into deadline (aggregate_id, aggregate_type, basis_date, closed_at, created_at, due_at, due_date, kind, label,
    next_fire_at, paused_since, provisional, ref, stage, state, token, unit, updated_at, version, warn_at,
    warn_working_days, working_days, id)
values (cast(md5('app-' || :case_no) as uuid)::text, 'application', current_date, null, now(), now() + interval '28 days',
    current_date + 28, 'reply', '依申请公开 ' || :year || '-' || lpad(:case_no::text, 6, '0') || ' 答复期限',
    now() + interval '24 days', null, false, '', 'PENDING', 'ACTIVE', 0, 'nanning/qingxiu', now(), 0,
    now() + interval '24 days', 3, 20, gen_random_uuid());
insert into deadline (aggregate_id, aggregate_type, basis_date, closed_at, created_at, due_at, due_date, kind, label,
    next_fire_at, paused_since, provisional, ref, stage, state, token, unit, updated_at, version, warn_at,
    warn_working_days, working_days, id)
values (cast(md5('app-' || :case_no) as uuid)::text, 'application', current_date, null, now(), now() + interval '9 days',
    current_date + 9, 'correction-notice', '依申请公开 ' || :year || '-' || lpad(:case_no::text, 6, '0') || ' 补正告知期限',
    now() + interval '7 days', null, false, '', 'PENDING', 'ACTIVE', 0, 'nanning/qingxiu', now(), 0,
    now() + interval '7 days', 2, 7, gen_random_uuid());
insert into applicant_month_count as c (applicant_key, month, applications)
values (md5('applicant-' || :applicant), cast(date_trunc('month', current_date) as date), 1)
on conflict (applicant_key, month) do update set applications = c.applications + 1
returning c.applications;
insert into application (applicant_address, applicant_contact_person, applicant_email, applicant_id_number,
    applicant_id_type, applicant_key, applicant_kind, applicant_name, applicant_phone, applicant_postcode, archived_at,
    case_number, channel, clock_start_on, concluded_on, correction_items, correction_period_days,
    correction_requested_on, correction_submitted_on, created_at, delivered_at, delivered_by, delivery_proof,
    delivery_method, excessive, extension_approved_by, extension_decided_on, extension_notice_on, extension_reason,
    extension_days, fee_amount, fee_method, fee_notice_received_on, fee_notified_on, fee_pages, fee_paid_on,
    later_reply_date, later_reply_reason, month_ordinal, post_type, provision_form, received_on, registered_by,
    already_public_id, already_public_title, already_public_url, competent_agency_contact, competent_agency_name,
    outcome, provided_form, replied_on, reply_summary, description, requested_document_number,
    requested_document_title, purpose, signed_for_on, state, submitted_on, tracking_code, tracking_secret_hash, unit,
    updated_at, version, id)
values ('南宁市青秀区民族大道1号', null, null, '45010319900' || lpad(:applicant::text, 7, '0'), 'RESIDENT_ID_CARD',
    md5('applicant-' || :applicant) || md5('key-' || :applicant), 'NATURAL_PERSON', '压测申请人', '13800000000', null, null,
    :year || '-' || lpad(:case_no::text, 6, '0'), 'IN_PERSON', current_date, null, null, null, null, null, now(), null,
    null, null, 'POST', false, null, null, null, null, null, null, null, null, null, null, null, null, null, 1, null,
    'ELECTRONIC', current_date, 'bench-clerk', null, null, null, null, null, null, null, null, null,
    '压测：2025年本区财政预算执行情况', '青财发〔2025〕3号', null, null, null, 'REGISTERED', current_date,
    'P' || lpad(:case_no::text, 9, '0'),
    'hmac-sha256:AAAAAAAAAAAAAAAAAAAAAA==:' || encode(sha256(('s' || :case_no)::bytea), 'base64'),
    'nanning/qingxiu', now(), 0, cast(md5('app-' || :case_no) as uuid));
insert into application_transition (action, actor, application_id, at, from_state, note, staff_only_note, to_state)
values ('REGISTER', 'bench-clerk', cast(md5('app-' || :case_no) as uuid), now(), null, null, null, 'REGISTERED')
returning id;
insert into outbox_event (attempts, created_at, data, data_schema, event_id, failed_at, last_error, message_key,
    occurred_at, sent_at, source, subject, topic, event_type)
values (0, now(), '{"applicationId":"' || cast(md5('app-' || :case_no) as uuid) || '","caseNumber":"' || :year || '-'
    || lpad(:case_no::text, 6, '0') || '","unit":"nanning/qingxiu","action":"registered","fromState":null,'
    || '"toState":"REGISTERED","at":"2026-12-01T10:00:00.000+08:00","channel":"IN_PERSON","applicantKind":"NATURAL_PERSON",'
    || '"applicantKey":"' || md5('applicant-' || :applicant) || md5('key-' || :applicant) || '","requestedDocument":'
    || '{"number":"青财发〔2025〕3号","title":null},"receivedOn":"2026-12-01","dueDate":"2026-12-29","outcome":null,'
    || '"excessive":false}', 'urn:govopen:schema:govopen.request.application.v1', gen_random_uuid(), null, null,
    cast(md5('app-' || :case_no) as uuid)::text, now(), null, '/govopen/request', cast(md5('app-' || :case_no) as uuid)::text,
    'govopen.request.events', 'govopen.request.application.registered')
returning seq;
commit;
