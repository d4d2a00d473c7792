-- A version says why it was made: its author's words, at most 500 characters, none for the
-- versions before. What made it may be a word of up to 20 characters ('confirmation' has 12).
ALTER TABLE model_versions ADD COLUMN reason VARCHAR(500);
ALTER TABLE model_versions ALTER COLUMN format TYPE VARCHAR(20);
