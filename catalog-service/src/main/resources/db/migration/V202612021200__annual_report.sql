-- The annual report on government information disclosure (政府信息公开工作年度报告, 国办公开办函〔2021〕30号;
-- rules.md §2b): documents get a kind so that table 二 counts 规章 and 行政规范性文件; request-service's finished
-- tables (三, 四) are kept as received; each unit's report of a year holds the texts and figures entered by hand and
-- moves draft → approved → published.
alter table document add column kind text not null default 'OTHER';
create index document_kind_by_unit on document (unit, kind) where kind <> 'OTHER';

create table request_table (
    unit          text        not null,
    year          integer     not null,
    generated_at  timestamptz not null,
    received_at   timestamptz not null,
    tables        jsonb       not null,
    primary key (unit, year)
);

create table annual_report (
    id                      uuid primary key,
    unit                    text        not null references unit (path),
    year                    integer     not null,
    status                  text        not null,
    overview                text,
    problems                text,
    other_matters           text,
    licensing_decisions     integer,
    punishment_decisions    integer,
    enforcement_decisions   integer,
    fees_ten_thousand_yuan  numeric(14, 2),
    head_hearings           integer,
    created_at              timestamptz not null,
    created_by              text        not null,
    updated_at              timestamptz not null,
    updated_by              text        not null,
    approved_on             date,
    approved_by             text,
    published_on            date,
    published_by            text,
    unique (unit, year)
);
