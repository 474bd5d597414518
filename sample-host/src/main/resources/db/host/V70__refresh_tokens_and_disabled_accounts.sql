-- Issue 20: accounts can be disabled (erasure of the person they speak for), and refresh tokens
-- rotate: each is used once; a second use revokes its whole family (docs/http-api.md).
ALTER TABLE host_account ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE host_refresh_token (
  token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
  family      CHAR(32)     NOT NULL,
  username    VARCHAR(120) NOT NULL,
  issued_at   TIMESTAMP    NOT NULL,
  expires_at  TIMESTAMP    NOT NULL,
  used        BOOLEAN      NOT NULL DEFAULT FALSE,
  revoked     BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX host_refresh_token_family ON host_refresh_token (family);
CREATE INDEX host_refresh_token_username ON host_refresh_token (username);
