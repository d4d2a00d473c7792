-- SQLite's schema of version 12, as db/migration/postgresql/V12: what-if scenarios, each shared by
-- its random id (docs/scenarios.md).

CREATE TABLE scenarios (
    id            TEXT PRIMARY KEY CHECK (length(id) <= 30),
    name          TEXT NOT NULL CHECK (length(name) <= 200),
    author        TEXT NOT NULL CHECK (length(author) <= 100),
    base_version  INTEGER NOT NULL REFERENCES model_versions (id),
    operations    TEXT NOT NULL,
    created_at    TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    updated_at    TEXT NOT NULL CHECK (updated_at GLOB '????-??-??T??:??:??.??????Z')
);
CREATE INDEX scenarios_updated ON scenarios (updated_at);
