-- SQLite's schema of version 6, as db/migration/postgresql/V6: a version says why it was made
-- (its author's words, at most 500 characters, none for the versions before), and what made it
-- may be a word of up to 20 characters ('confirmation' has 12). SQLite cannot widen a CHECK in
-- place, so model_versions is rebuilt (a new table, the rows copied, the old one dropped, the new
-- one renamed), ids kept.

CREATE TABLE model_versions_v6 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at   TEXT NOT NULL CHECK (imported_at GLOB '????-??-??T??:??:??.??????Z'),
    imported_by   TEXT NOT NULL CHECK (length(imported_by) <= 100),
    organization  TEXT CHECK (length(organization) <= 1000),
    headcount     INTEGER NOT NULL,
    format        TEXT NOT NULL CHECK (length(format) <= 20),
    model_json    TEXT NOT NULL,
    reason        TEXT CHECK (length(reason) <= 500)
);
INSERT INTO model_versions_v6 (id, imported_at, imported_by, organization, headcount, format, model_json)
    SELECT id, imported_at, imported_by, organization, headcount, format, model_json FROM model_versions;
DROP TABLE model_versions;
ALTER TABLE model_versions_v6 RENAME TO model_versions;
