-- What-if scenarios drafted in the server (docs/scenarios.md): a name, who drafted it, the version
-- it was drafted from, and its operations as the JSON of a scenario file. The id is a random token,
-- the scenario's shared link: it cannot be guessed, so a link given is a link shared.
CREATE TABLE scenarios (
    id            VARCHAR(30) PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    author        VARCHAR(100) NOT NULL,
    base_version  BIGINT NOT NULL REFERENCES model_versions (id),
    operations    TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scenarios_updated ON scenarios (updated_at);
