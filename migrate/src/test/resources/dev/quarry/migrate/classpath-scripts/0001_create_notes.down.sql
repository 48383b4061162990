DROP TABLE mr_notes;
