-- Near-duplicate look-ups take a bounded few holders of each of a quotation's smallest sketch
-- values (ClusterService.near). From the GIN index over quotation.sketch each look-up read the
-- value's whole posting list first, however few rows it then kept: a common word pair whose hash
-- is small sits in the sketch of every quotation using it (7,419 of 70,110 rows on the ingest
-- benchmark, a tenth of a million on a large archive), and an article's near look-ups took 50 ms.
-- A B-tree over (value, quotation) stops after the few it needs (5 ms for the same article).
-- Kept by a trigger, so that every writer of quotation.sketch (ingest, the start-up backfill, the
-- scale benchmark's generator) keeps it current.
DROP INDEX IF EXISTS quotation_sketch_idx;

CREATE TABLE quotation_sketch (
    value        integer NOT NULL,
    quotation_id bigint  NOT NULL,
    PRIMARY KEY (value, quotation_id)
);

INSERT INTO quotation_sketch (value, quotation_id)
SELECT DISTINCT v, q.id FROM quotation q, unnest(q.sketch) AS v WHERE q.sketch IS NOT NULL;

CREATE FUNCTION quotation_sketch_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.sketch IS NOT NULL AND cardinality(OLD.sketch) > 0 THEN
        DELETE FROM quotation_sketch WHERE value = ANY (OLD.sketch) AND quotation_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.sketch IS NOT NULL AND cardinality(NEW.sketch) > 0 THEN
        INSERT INTO quotation_sketch (value, quotation_id)
        SELECT DISTINCT v, NEW.id FROM unnest(NEW.sketch) AS v ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER quotation_sketch_sync AFTER INSERT OR DELETE OR UPDATE OF sketch ON quotation
    FOR EACH ROW EXECUTE FUNCTION quotation_sketch_sync();

ANALYZE quotation_sketch;
