-- Applications for government information disclosure (依申请公开) and everything recorded on them.

create table application (
    id                          uuid primary key,
    case_number                 text        not null unique,
    tracking_code               text        not null unique,
    tracking_secret_hash        text        not null,
    unit                        text        not null,
    state                       text        not null,
    channel                     text        not null,
    post_type                   text,
    -- the applicant (申请人); personal data: never listed or published unmasked
    applicant_kind              text        not null,
    applicant_name              text        not null,
    applicant_id_type           text        not null,
    applicant_id_number         text        not null,
    applicant_key               text        not null,
    applicant_phone             text,
    applicant_email             text,
    applicant_address           text,
    applicant_postcode          text,
    applicant_contact_person    text,
    -- what is asked for
    description                 text        not null,
    requested_document_number   text,
    requested_document_title    text,
    purpose                     text,
    provision_form              text        not null,
    delivery_method             text        not null,
    -- dates of 第三十一条 and the reply clock
    submitted_on                date        not null,
    signed_for_on               date,
    received_on                 date,
    clock_start_on              date,
    month_ordinal               integer     not null,
    excessive                   boolean     not null default false,
    -- correction (补正)
    correction_requested_on     date,
    correction_items            text,
    correction_period_days      integer,
    correction_submitted_on     date,
    -- extension (延期)
    extension_days              integer,
    extension_reason            text,
    extension_approved_by       text,
    extension_decided_on        date,
    extension_notice_on         date,
    -- later reply date for excessive requests (第三十五条)
    later_reply_date            date,
    later_reply_reason          text,
    -- fee (收费)
    fee_method                  text,
    fee_pages                   integer,
    fee_amount                  numeric(12, 2),
    fee_notified_on             date,
    fee_notice_received_on      date,
    fee_paid_on                 date,
    -- reply (答复)
    outcome                     text,
    replied_on                  date,
    reply_summary               text,
    provided_form               text,
    already_public_id           text,
    already_public_title        text,
    already_public_url          text,
    competent_agency_name       text,
    competent_agency_contact    text,
    -- delivery (送达)
    delivered_by                text,
    delivered_at                timestamptz,
    delivery_proof              text,
    -- conclusion: replied, deemed abandoned or withdrawn on this day (the annual report's 办理结果 year)
    concluded_on                date,
    archived_at                 timestamptz,
    registered_by               text        not null,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null default 0
);
create index application_unit on application (unit);
create index application_state on application (state);
create index application_applicant_month on application (applicant_key, submitted_on);
create index application_received_on on application (received_on);
create index application_concluded_on on application (concluded_on);
create index application_document on application (requested_document_number);

create table reply_withheld_part (
    application_id  uuid    not null references application (id) on delete cascade,
    position        integer not null,
    part            text    not null,
    reason          text    not null,
    primary key (application_id, position)
);

-- every transition: who, when, from, to, note (the case history)
create table application_transition (
    id              bigint generated always as identity primary key,
    application_id  uuid        not null references application (id) on delete cascade,
    action          text        not null,
    from_state      text,
    to_state        text        not null,
    actor           text        not null,
    at              timestamptz not null,
    note            text,
    staff_only_note text
);
create index application_transition_application on application_transition (application_id, id);

-- consultations of a third party or a co-producing agency (第三十二条、第三十四条)
create table consultation (
    id              uuid primary key,
    application_id  uuid        not null references application (id) on delete cascade,
    party           text        not null,
    party_name      text        not null,
    requested_on    date        not null,
    due_date        date        not null,
    answered_on     date,
    response        text,
    note            text
);
create index consultation_application on consultation (application_id);

-- administrative review (行政复议) and litigation (行政诉讼) on a case: the annual report's second table
create table remedy (
    id              uuid primary key,
    application_id  uuid        not null references application (id) on delete cascade,
    kind            text        not null,
    filed_on        date        not null,
    result          text        not null,
    decided_on      date,
    note            text,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index remedy_filed_on on remedy (filed_on);

-- case numbers: YYYY-NNNNNN, one sequence per year
create table case_number_counter (
    year    integer primary key,
    last    integer not null
);

-- what catalog-service published (govopen.catalog.events): to answer "already public"
create table published_information (
    id               text primary key,
    source           text        not null,
    unit             text        not null,
    title            text        not null,
    url              text,
    document_number  text,
    published_on     date,
    updated_at       timestamptz not null
);
create index published_information_document on published_information (document_number);

-- unit names (govopen.catalog.events), for letters
create table unit_directory (
    unit        text primary key,
    name        text        not null,
    kind        text,
    parent_unit text,
    updated_at  timestamptz not null
);
