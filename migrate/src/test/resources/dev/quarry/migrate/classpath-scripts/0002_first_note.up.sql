-- a note with a semicolon; and quotes
INSERT INTO mr_notes (id, body) VALUES (1, 'first; note');
