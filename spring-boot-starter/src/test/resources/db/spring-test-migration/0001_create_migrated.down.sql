DROP TABLE spring_migrated;
