-- The bureaucracy pulse: a campaign may ask a team's own collaborators (kind 'pulse') rather than
-- its customers (kind 'customers', every campaign before this version), with three new scores:
-- hours lost per week to internal procedures and reporting (0–60), share of time spent on
-- customers in percent (0–100), freedom to decide without approval (1–5). Only SQL that H2 and
-- PostgreSQL accept: the type constraint is dropped and added again under its name.

ALTER TABLE campaigns ADD COLUMN kind VARCHAR(20) DEFAULT 'customers' NOT NULL;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_kind CHECK (kind IN ('customers', 'pulse'));
CREATE INDEX campaigns_kind_team ON campaigns (kind, team);

ALTER TABLE campaign_questions DROP CONSTRAINT campaign_questions_type;
ALTER TABLE campaign_questions ADD CONSTRAINT campaign_questions_type
    CHECK (type IN ('nps', 'csat', 'text', 'hours', 'share', 'scale'));
