-- Set when someone other than the owner chose the password (an administrator's reset, the first
-- administrator from configuration); the owner must choose a new one before doing anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
