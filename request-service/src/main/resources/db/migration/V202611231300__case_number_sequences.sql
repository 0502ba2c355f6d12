-- Case numbers are drawn from one PostgreSQL sequence per year (case_number_<year>), created when a year's first
-- application arrives. The counter row they replace was locked by every registration until its commit, which
-- queued registrations behind each other: at 200 a second they waited seconds (benchmarks/run-request.sh).
-- Numbers stay unique and increasing; a registration that fails after drawing its number leaves a gap.
do $$
declare
    r record;
begin
    for r in select year, last from case_number_counter loop
        execute format('create sequence if not exists case_number_%s', r.year);
        perform setval(format('case_number_%s', r.year), r.last);
    end loop;
end
$$;
drop table case_number_counter;
