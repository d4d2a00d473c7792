-- SQLite's schema of version 4, as db/migration/postgresql/V4: campaigns get a kind, questions
-- three more types. SQLite cannot change a constraint in place, so campaign_questions is rebuilt
-- (its documented way: a new table, the rows copied, the old one dropped, the new one renamed).

ALTER TABLE campaigns ADD COLUMN kind TEXT NOT NULL DEFAULT 'customers'
    CONSTRAINT campaigns_kind CHECK (kind IN ('customers', 'pulse'));
CREATE INDEX campaigns_kind_team ON campaigns (kind, team);

CREATE TABLE campaign_questions_v4 (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    position     INTEGER NOT NULL,
    type         TEXT NOT NULL,
    wording_en   TEXT CHECK (length(wording_en) <= 1000),
    wording_fr   TEXT CHECK (length(wording_fr) <= 1000),
    PRIMARY KEY (campaign_id, position),
    CONSTRAINT campaign_questions_type CHECK (type IN ('nps', 'csat', 'text', 'hours', 'share', 'scale'))
);
INSERT INTO campaign_questions_v4 (campaign_id, position, type, wording_en, wording_fr)
    SELECT campaign_id, position, type, wording_en, wording_fr FROM campaign_questions;
DROP TABLE campaign_questions;
ALTER TABLE campaign_questions_v4 RENAME TO campaign_questions;
