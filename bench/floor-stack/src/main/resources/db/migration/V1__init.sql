-- The stack floor's schema (bench/floor-stack): one entity's table, one row, and the user store.
CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO item (id, name) VALUES (1, 'one');
CREATE TABLE account (id BIGINT PRIMARY KEY, username VARCHAR(64) NOT NULL UNIQUE, password VARCHAR(100) NOT NULL, role VARCHAR(32) NOT NULL);
