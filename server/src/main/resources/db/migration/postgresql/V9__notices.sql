-- The notices sent to team leads (a link overdue, an action falling due, the weekly digest), one
-- per cause: the key (kind, subject, occurrence) is written in the transaction that queues the
-- message, so that a cause never gives two (docs/email.md). The recipient is a person id, not an
-- address; a digest keeps how many verbatims its teams had published, so that the next one counts
-- the new ones.
CREATE TABLE sent_notices (
    kind        VARCHAR(20) NOT NULL,
    subject     VARCHAR(1100) NOT NULL,
    occurrence  VARCHAR(40) NOT NULL,
    recipient   VARCHAR(500) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    verbatims   INTEGER,
    CONSTRAINT sent_notices_cause PRIMARY KEY (kind, subject, occurrence)
);
CREATE INDEX sent_notices_recipient ON sent_notices (kind, recipient, sent_at);

-- Whether an account wants the weekly digest, and the language it chose it in (null: the
-- organisation's default language for notices).
ALTER TABLE users ADD COLUMN weekly_digest INTEGER NOT NULL DEFAULT 0 CHECK (weekly_digest IN (0, 1));
ALTER TABLE users ADD COLUMN language VARCHAR(10);
