-- "Gremium kiezen" (issue 13): the gremium a decision chose, shown in the besluitenlijst and the minutes.
ALTER TABLE meeting_decision ADD COLUMN gremium_code VARCHAR(20) NULL;
