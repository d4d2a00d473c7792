-- SQLite's schema of version 9, as db/migration/postgresql/V9: the notices sent to leads, one per
-- cause, and each account's weekly digest choice and language (docs/email.md).

CREATE TABLE sent_notices (
    kind        TEXT NOT NULL CHECK (length(kind) <= 20),
    subject     TEXT NOT NULL CHECK (length(subject) <= 1100),
    occurrence  TEXT NOT NULL CHECK (length(occurrence) <= 40),
    recipient   TEXT NOT NULL CHECK (length(recipient) <= 500),
    sent_at     TEXT NOT NULL CHECK (sent_at GLOB '????-??-??T??:??:??.??????Z'),
    verbatims   INTEGER,
    CONSTRAINT sent_notices_cause PRIMARY KEY (kind, subject, occurrence)
);
CREATE INDEX sent_notices_recipient ON sent_notices (kind, recipient, sent_at);

ALTER TABLE users ADD COLUMN weekly_digest INTEGER NOT NULL DEFAULT 0 CHECK (weekly_digest IN (0, 1));
ALTER TABLE users ADD COLUMN language TEXT CHECK (length(language) <= 10);
