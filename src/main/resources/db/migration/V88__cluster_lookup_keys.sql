-- Cluster look-up keys (issues 11 and 12, speed). Containment by a word-level key:
-- quotation.shingles holds the hashes of every run of four consecutive words of the normalised
-- quotation (org.quotecheck.cluster.QuoteText.shingles), written with normalized by ClusterService.
-- A longer quotation that contains a claim holds every run of the claim, so "which stored
-- quotations contain these words" becomes a GIN lookup of a few of the claim's runs (shingles @>
-- keys) instead of normalized LIKE '%…%' over the letter-trigram index, which intersects the
-- posting lists of a hundred trigrams per lookup (1.25 s on a million quotations; 8 ms on a few
-- thousand, the single costliest statement of an ingest).
-- Rows clustered before this migration get their shingles at start-up (ClusterBackfill).
--
-- Both word-key indexes are searched by every quotation an ingest stores, so new entries go straight
-- into the index (fastupdate off): with the default pending list, each search also scans every entry
-- inserted since the last vacuum, unsorted (up to 4 MB), which made a look-up several times slower
-- during a bulk import than after it.
ALTER TABLE quotation ADD COLUMN shingles integer[];
CREATE INDEX quotation_shingles_idx ON quotation USING gin (shingles) WITH (fastupdate = off)
    WHERE cluster_id IS NOT NULL;
ALTER INDEX quotation_sketch_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('quotation_sketch_idx');

-- Which transaction wrote a quotation (org.quotecheck.clustering.ClusterMerges). After an ingest
-- commits, its quotations are compared with the rows its look-ups could not see: those written by
-- transactions not yet committed in the snapshot of its first look-up (pg_visible_in_snapshot),
-- found by this index in one probe instead of repeating every look-up of every quotation. The
-- default is set after the column is added, so existing rows are not rewritten: they stay NULL,
-- written long before any ingest that could race with them.
ALTER TABLE quotation ADD COLUMN written_by xid8;
ALTER TABLE quotation ALTER COLUMN written_by SET DEFAULT pg_current_xact_id();
CREATE INDEX quotation_written_by_idx ON quotation (written_by) WHERE cluster_id IS NOT NULL;
