-- SQLite's schema of version 2, the same table as db/migration/postgresql/V2 (see V1 for instants
-- and lengths). A date is ISO-8601 text ('2026-11-28').
CREATE TABLE card_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    customer     TEXT NOT NULL CHECK (length(customer) <= 500),
    facet        TEXT NOT NULL,
    entry_date   TEXT NOT NULL CHECK (entry_date GLOB '????-??-??'),
    text         TEXT NOT NULL CHECK (length(text) <= 4000),
    author       TEXT NOT NULL CHECK (length(author) <= 100),
    source       TEXT NOT NULL,
    recorded_at  TEXT NOT NULL CHECK (recorded_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT card_entries_facet CHECK (facet IN ('opinions', 'projects', 'stakes', 'needs')),
    CONSTRAINT card_entries_source CHECK (source IN ('survey', 'conversation', 'visit', 'document'))
);
CREATE INDEX card_entries_customer ON card_entries (customer, facet, entry_date);
