-- An optional e-mail address per account, for notifications by e-mail (DD038).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
