-- The four-word lead (V60) found stored quotations inside a longer claim until V88's look-up by the
-- claim's runs of words replaced it; nothing reads it since, and every insert still paid for its
-- index. Dropping a column only marks it dropped: no table rewrite, also on a million rows.
DROP INDEX IF EXISTS quotation_normalized_lead_idx;
ALTER TABLE quotation DROP COLUMN normalized_lead;
