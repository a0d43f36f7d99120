CREATE TABLE ping (id bigint PRIMARY KEY);
