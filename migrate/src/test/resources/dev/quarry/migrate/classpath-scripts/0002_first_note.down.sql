DELETE FROM mr_notes WHERE id = 1;
