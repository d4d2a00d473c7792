-- SQLite's schema of version 8, as db/migration/postgresql/V8: the mail outbox, the contacts a
-- campaign is mailed to, and a campaign's reminder settings (docs/email.md).

CREATE TABLE mail_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key      TEXT NOT NULL CHECK (length(message_key) <= 200),
    recipient        TEXT NOT NULL CHECK (length(recipient) <= 320),
    language         TEXT NOT NULL CHECK (length(language) <= 10),
    subject          TEXT NOT NULL CHECK (length(subject) <= 1000),
    text_body        TEXT,
    html_body        TEXT,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL CHECK (next_attempt_at GLOB '????-??-??T??:??:??.??????Z'),
    last_error       TEXT CHECK (length(last_error) <= 1000),
    created_at       TEXT NOT NULL CHECK (created_at GLOB '????-??-??T??:??:??.??????Z'),
    sent_at          TEXT CHECK (sent_at GLOB '????-??-??T??:??:??.??????Z'),
    CONSTRAINT mail_outbox_key UNIQUE (message_key),
    CONSTRAINT mail_outbox_status CHECK (status IN ('queued', 'sending', 'sent', 'failed'))
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

CREATE TABLE campaign_contacts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns (id),
    email             TEXT NOT NULL CHECK (length(email) <= 320),
    language          TEXT NOT NULL CHECK (length(language) <= 10),
    customer          TEXT NOT NULL CHECK (length(customer) <= 500),
    invitation_id     INTEGER REFERENCES invitations (id),
    used              INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    unsubscribed      INTEGER NOT NULL DEFAULT 0 CHECK (unsubscribed IN (0, 1)),
    reminders_sent    INTEGER NOT NULL DEFAULT 0,
    last_sent_at      TEXT NOT NULL CHECK (last_sent_at GLOB '????-??-??T??:??:??.??????Z')
);
CREATE INDEX campaign_contacts_campaign ON campaign_contacts (campaign_id);
CREATE INDEX campaign_contacts_email ON campaign_contacts (email);
CREATE INDEX campaign_contacts_invitation ON campaign_contacts (invitation_id);

CREATE TABLE contact_unsubscribe_links (
    token_hash  TEXT PRIMARY KEY CHECK (length(token_hash) <= 64),
    contact_id  INTEGER NOT NULL REFERENCES campaign_contacts (id)
);

ALTER TABLE campaigns ADD COLUMN remind_after_days INTEGER NOT NULL DEFAULT 5;
ALTER TABLE campaigns ADD COLUMN max_reminders INTEGER NOT NULL DEFAULT 2;
ALTER TABLE campaigns ADD COLUMN closes_at TEXT CHECK (closes_at GLOB '????-??-??T??:??:??.??????Z');
