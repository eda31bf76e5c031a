-- Issue 13: a meeting's minutes are adopted at a later meeting; which one is kept with the adopted minutes.
ALTER TABLE meeting ADD COLUMN minutes_adopted_in BIGINT NULL;
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_minutes_adopted_in FOREIGN KEY (minutes_adopted_in) REFERENCES meeting (id);
