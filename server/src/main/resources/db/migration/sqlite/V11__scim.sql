-- SQLite's schema of version 11, as db/migration/postgresql/V11: SCIM users, tokens, the map from
-- departments to teams, and the change counter (docs/scim.md).
CREATE TABLE scim_users (
    person_id    TEXT PRIMARY KEY CHECK (length(person_id) <= 200),
    user_name    TEXT NOT NULL CHECK (length(user_name) <= 320),
    external_id  TEXT CHECK (length(external_id) <= 500),
    given_name   TEXT CHECK (length(given_name) <= 200),
    family_name  TEXT CHECK (length(family_name) <= 200),
    display_name TEXT CHECK (length(display_name) <= 200),
    title        TEXT CHECK (length(title) <= 200),
    department   TEXT CHECK (length(department) <= 200),
    manager_id   TEXT CHECK (length(manager_id) <= 200),
    email        TEXT CHECK (length(email) <= 254),
    active       BOOLEAN NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    modified_at  TEXT NOT NULL CHECK (modified_at GLOB '????-??-??T??:??:??.??????Z')
);
CREATE INDEX scim_users_user_name ON scim_users (user_name);
CREATE INDEX scim_users_external_id ON scim_users (external_id);

CREATE TABLE scim_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(name) <= 200),
    token_hash  TEXT NOT NULL CHECK (length(token_hash) <= 64),
    created_by  TEXT NOT NULL CHECK (length(created_by) <= 100),
    created_at  TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT scim_tokens_hash UNIQUE (token_hash)
);

CREATE TABLE scim_departments (
    department  TEXT PRIMARY KEY CHECK (length(department) <= 200),
    team_id     TEXT NOT NULL CHECK (length(team_id) <= 200)
);

CREATE TABLE scim_changes (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    changes  BIGINT NOT NULL,
    folded   BIGINT NOT NULL
);
