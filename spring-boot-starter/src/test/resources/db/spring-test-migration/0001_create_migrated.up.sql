CREATE TABLE spring_migrated (id INTEGER PRIMARY KEY, label VARCHAR(32) NOT NULL);
INSERT INTO spring_migrated (id, label) VALUES (1, 'created at startup');
