-- Screening now reads its gates from the published afwegingskader (DD021): a vraagstuk keeps the codes of the gates
-- it passed as the framework spells them ("G-PORT"), no longer as the names of a fixed enum ("G_PORT").
UPDATE vraagstuk_screening SET gate_code = REPLACE(gate_code, '_', '-');
