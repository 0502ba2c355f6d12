-- Run once by the postgres image, on an empty data volume: one database per service (as deploy/local/up creates
-- them). The services' Flyway migrations create the tables at start-up.
create database govopen_catalog;
create database govopen_request;
create database govopen_sentiment;
create database govopen_interaction;
