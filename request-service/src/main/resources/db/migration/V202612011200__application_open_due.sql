-- "Overdue" and "due within N days" read the running reply clocks only, in due order: a partial index of them, in
-- the list's order and with the unit, so that the page is read off the index and the count visits only those rows.
create index application_open_due on application (reply_due_at, case_number) include (unit) where reply_clock = 'ACTIVE';
