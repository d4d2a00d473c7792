-- Valid on H2, PostgreSQL and SQLite. A disabled user cannot sign in; every existing user stays enabled.
ALTER TABLE users ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
