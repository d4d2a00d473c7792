-- SQLite's schema of version 7, as db/migration/postgresql/V7: actions, their due day as ISO text.

CREATE TABLE actions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    title        TEXT NOT NULL CHECK (length(title) <= 200),
    owner        TEXT NOT NULL CHECK (length(owner) <= 500),
    team         TEXT NOT NULL CHECK (length(team) <= 500),
    due          TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status       TEXT NOT NULL,
    notes        TEXT CHECK (length(notes) <= 2000),
    source_kind  TEXT NOT NULL,
    source_key   TEXT CHECK (length(source_key) <= 1100),
    created_by   TEXT NOT NULL CHECK (length(created_by) <= 100),
    created_at   TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    updated_at   TEXT NOT NULL CHECK (updated_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT actions_status CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
    CONSTRAINT actions_source CHECK (source_kind IN ('finding', 'overdue-link', 'voice-theme', 'follow-up',
        'index-fix', 'none'))
);
CREATE INDEX actions_team ON actions (team, due);
CREATE INDEX actions_owner ON actions (owner, due);
