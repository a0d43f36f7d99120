-- Desk sessions that the server can end (issue 13): the encrypted sign-in cookie alone cannot be
-- revoked, so each sign-in also gets a random session id (cookie qc-session) whose SHA-256 is kept
-- here. Signing out deletes the row; "sign out everywhere" and disabling the account delete all
-- rows of the account. A cookie whose row is gone no longer signs anyone in.
CREATE TABLE user_session (
    id_sha256  char(64)    PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
