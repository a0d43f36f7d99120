-- Cluster merges (issue 11). Two ingests racing with near-duplicate (different) words cannot see
-- each other's uncommitted rows, so each may start a cluster; after each commit, a quotation that
-- started a cluster is looked up again and the clusters it matches are merged into one (the
-- smaller into the larger: ClusterMerges). The merged-away row stays, empty, pointing at the
-- cluster that took its members, so that a stored link (a check's answer, a bookmark) still
-- leads somewhere: GET /api/v1/clusters/{old} answers 301 to the new one.
ALTER TABLE quote_cluster ADD COLUMN merged_into bigint REFERENCES quote_cluster (id);
ALTER TABLE quote_cluster ADD CONSTRAINT quote_cluster_not_merged_into_itself CHECK (merged_into <> id);
CREATE INDEX quote_cluster_merged_into_idx ON quote_cluster (merged_into) WHERE merged_into IS NOT NULL;
