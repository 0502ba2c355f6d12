-- Only in StatementTimeoutTest (statement timeout 1s): a migration longer than a request may take still runs.
select pg_sleep(1.5);
