-- SQLite's schema of version 3, the same tables as db/migration/postgresql/V3 (see V1 for instants
-- and lengths).

CREATE TABLE campaigns (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    team                 TEXT NOT NULL CHECK (length(team) <= 500),
    cadence_days         INTEGER NOT NULL,
    anonymity_threshold  INTEGER NOT NULL,
    created_at           TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    created_by           TEXT NOT NULL CHECK (length(created_by) <= 100),
    CONSTRAINT campaigns_cadence CHECK (cadence_days > 0),
    CONSTRAINT campaigns_threshold CHECK (anonymity_threshold > 0)
);
CREATE INDEX campaigns_team ON campaigns (team);

CREATE TABLE campaign_customers (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    customer     TEXT NOT NULL CHECK (length(customer) <= 500),
    PRIMARY KEY (campaign_id, customer)
);

CREATE TABLE campaign_questions (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    position     INTEGER NOT NULL,
    type         TEXT NOT NULL,
    wording_en   TEXT CHECK (length(wording_en) <= 1000),
    wording_fr   TEXT CHECK (length(wording_fr) <= 1000),
    PRIMARY KEY (campaign_id, position),
    CONSTRAINT campaign_questions_type CHECK (type IN ('nps', 'csat', 'text'))
);

CREATE TABLE invitations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    customer     TEXT NOT NULL CHECK (length(customer) <= 500),
    token_hash   TEXT NOT NULL CHECK (length(token_hash) <= 64),
    email        TEXT CHECK (length(email) <= 320),
    created_at   TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    answered_at  TEXT CHECK (answered_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT invitations_token UNIQUE (token_hash)
);
CREATE INDEX invitations_campaign ON invitations (campaign_id, customer);

CREATE TABLE responses (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    customer     TEXT NOT NULL CHECK (length(customer) <= 500),
    answered_at  TEXT NOT NULL CHECK (answered_at GLOB '????-??-??T??:??:??.??????Z'),
    language     TEXT NOT NULL CHECK (length(language) <= 10)
);
CREATE INDEX responses_campaign ON responses (campaign_id, customer, answered_at);

CREATE TABLE answers (
    response_id  INTEGER NOT NULL REFERENCES responses (id),
    question     INTEGER NOT NULL,
    answer_value INTEGER,
    answer_text  TEXT CHECK (length(answer_text) <= 4000),
    PRIMARY KEY (response_id, question)
);

CREATE TABLE conversations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    team         TEXT NOT NULL CHECK (length(team) <= 500),
    customer     TEXT NOT NULL CHECK (length(customer) <= 500),
    held_at      TEXT NOT NULL CHECK (held_at GLOB '????-??-??T??:??:??.??????Z'),
    participants TEXT NOT NULL CHECK (length(participants) <= 1000),
    notes        TEXT CHECK (length(notes) <= 4000),
    logged_by    TEXT NOT NULL CHECK (length(logged_by) <= 100),
    logged_at    TEXT NOT NULL CHECK (logged_at GLOB '????-??-??T??:??:??.??????Z')
);
CREATE INDEX conversations_link ON conversations (team, customer, held_at);
