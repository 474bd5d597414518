-- The sample host's own table: user accounts of the HTTP API (not part of the library's schema).
-- Passwords are Argon2id hashes in PHC format; roles are comma-separated.
CREATE TABLE host_account (
  username        VARCHAR(120) NOT NULL PRIMARY KEY,
  password_hash   VARCHAR(255) NOT NULL,
  organisation_id VARCHAR(120) NOT NULL,
  roles           VARCHAR(255) NOT NULL,
  subject_id      VARCHAR(120),
  demo            BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX host_account_organisation ON host_account (organisation_id);
