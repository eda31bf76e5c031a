-- The bouwsteen history now records a maturity level under the field name the editor binds and the
-- catalogue (BouwsteenFields) lists, so history, conflict list and dirty check share one name per field.
UPDATE bouwsteen_history SET field = 'levelReferentieproces' WHERE field = 'maturity.REFERENTIEPROCES';
UPDATE bouwsteen_history SET field = 'levelToegevoegdeWaarde' WHERE field = 'maturity.TOEGEVOEGDE_WAARDE';
UPDATE bouwsteen_history SET field = 'levelTechnischGereed' WHERE field = 'maturity.TECHNISCH_GEREED';
UPDATE bouwsteen_history SET field = 'levelTijdslijnen' WHERE field = 'maturity.TIJDSLIJNEN';
UPDATE bouwsteen_history SET field = 'levelSturingsmechanismen' WHERE field = 'maturity.STURINGSMECHANISMEN';
UPDATE bouwsteen_history SET field = 'levelBeheer' WHERE field = 'maturity.BEHEER';
