-- Quotations that joined a stored cluster and are not yet counted in it. An ingest writes these
-- instead of updating the cluster's counts, which held the cluster row's lock until the ingest
-- committed: every article quoting a popular quotation waited for the one before (265 ms per
-- article on the 1M archive). After the commit each cluster is counted in a transaction of its
-- own (ClusterFolds); rows left by a crash are counted by the periodic sweep.
CREATE TABLE cluster_join (
    quotation_id bigint      PRIMARY KEY REFERENCES quotation (id) ON DELETE CASCADE,
    cluster_id   bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cluster_join_created_idx ON cluster_join (created_at);
