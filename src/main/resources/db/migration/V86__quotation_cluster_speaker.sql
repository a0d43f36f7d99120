-- "Does this cluster already have this speaker?" at ingest, without reading every member of a
-- cluster that a much-repeated quotation has made large (ClusterService.joined).
CREATE INDEX quotation_cluster_speaker_idx ON quotation (cluster_id, speaker_id)
    WHERE cluster_id IS NOT NULL AND speaker_id IS NOT NULL;
