-- SQLite's schema of version 1, the same tables as db/migration/postgresql/V1. SQLite keeps an
-- instant as UTC ISO-8601 text to the microsecond ('2026-11-28T10:15:00.000000Z', written by
-- storage.Timestamps), whose text order is the time order; a CHECK refuses any other shape. It
-- ignores VARCHAR lengths, so each length is a CHECK, as PostgreSQL enforces it.

-- Each accepted import of the organisation's model; the current version is the latest.
CREATE TABLE model_versions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at   TEXT NOT NULL CHECK (imported_at GLOB '????-??-??T??:??:??.??????Z'),
    imported_by   TEXT NOT NULL CHECK (length(imported_by) <= 100),
    organization  TEXT CHECK (length(organization) <= 1000),
    headcount     INTEGER NOT NULL,
    format        TEXT NOT NULL CHECK (length(format) <= 10),
    model_json    TEXT NOT NULL
);

-- Who may sign in, with which role; a member may be linked to their person in the model.
CREATE TABLE users (
    username       TEXT PRIMARY KEY CHECK (length(username) <= 100),
    password_hash  TEXT NOT NULL CHECK (length(password_hash) <= 500),
    role           TEXT NOT NULL,
    person_id      TEXT CHECK (length(person_id) <= 500),
    created_at     TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT users_role CHECK (role IN ('admin', 'manager', 'member'))
);
