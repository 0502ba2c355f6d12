-- Run once by the postgres image, on an empty data volume: one database per service and one for the operator
-- console (as deploy/local/up creates them). The services' Flyway migrations create the tables at start-up. A data
-- volume made before a database was added here does not get it: create it by hand (README.md beside this file).
create database govopen_catalog;
create database govopen_request;
create database govopen_sentiment;
create database govopen_interaction;
create database govopen_console;
