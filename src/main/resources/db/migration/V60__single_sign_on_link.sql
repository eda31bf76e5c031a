-- Single sign-on (DD019): an account signed in through OpenID Connect is linked by the provider's issuer and
-- the stable subject it gives the person, never by e-mail or user name.
ALTER TABLE app_user
    ADD COLUMN oidc_issuer  VARCHAR(255) NULL,
    ADD COLUMN oidc_subject VARCHAR(255) NULL,
    ADD CONSTRAINT uk_app_user_oidc UNIQUE (oidc_issuer, oidc_subject);
