-- The desk's "only conflicts" view counts the members of conflicting clusters per status. With the
-- status in the cluster index that count reads index pages only, not one heap page per member
-- (at a million quotations: 58 ms warm instead of 86–214 ms, 0.15 s instead of 2.3 s cold).
DROP INDEX quotation_cluster_idx;
CREATE INDEX quotation_cluster_idx ON quotation (cluster_id, id) INCLUDE (status) WHERE cluster_id IS NOT NULL;
