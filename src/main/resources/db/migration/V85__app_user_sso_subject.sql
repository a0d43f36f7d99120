-- Single sign-on (issue 13): the identity provider's account (issuer and subject) that an
-- app_user was provisioned for or linked to at its first OpenID Connect sign-in. Later SSO
-- sign-ins under that user name must come from the same provider account, so that a different
-- provider user who takes over the name (renamed, re-created) cannot take over the quotecheck
-- account and its review history. NULL: never signed in through SSO.
ALTER TABLE app_user ADD COLUMN sso_subject text;
CREATE UNIQUE INDEX app_user_sso_subject_idx ON app_user (sso_subject);
