-- The start-up backfill (ClusterBackfill.sketchBatch) looks for clustered quotations without their
-- look-up keys (sketch, V87; shingles, V88) at every start. Once they are written, none qualify:
-- this index holds only those rows, so the look-up no longer reads the whole table (a sequential
-- scan of a million rows at each start).
CREATE INDEX quotation_unkeyed_idx ON quotation (id)
    WHERE normalized IS NOT NULL AND (sketch IS NULL OR shingles IS NULL);
