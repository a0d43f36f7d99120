-- Near-duplicate candidates by a word-level key (issue 11, scale). quotation.sketch holds the
-- sixteen smallest hashes of the quotation's content-word pairs (org.quotecheck.cluster.QuoteText
-- .sketch, a bottom-k MinHash sketch), written with normalized by ClusterService. Quotations that
-- share most of their words share some of these values; the GIN index finds them without reading
-- every quotation that merely shares letter trigrams (the trigram index alone read 85,000 rows and
-- took 52 s per lookup on a million synthetic quotations). Rows clustered before this migration
-- get their sketch at start-up (ClusterBackfill).
ALTER TABLE quotation ADD COLUMN sketch integer[];
CREATE INDEX quotation_sketch_idx ON quotation USING gin (sketch) WHERE cluster_id IS NOT NULL;
