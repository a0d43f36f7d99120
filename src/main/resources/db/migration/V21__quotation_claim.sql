-- A reviewer's claim on a quotation, so that two reviewers do not work on the same one. Claims
-- expire (quotecheck.queue.claim-duration); an expired row is simply taken over by the next claim.
CREATE TABLE quotation_claim (
    quotation_id bigint      PRIMARY KEY REFERENCES quotation (id),
    reviewer     text        NOT NULL,
    claimed_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    CONSTRAINT quotation_claim_reviewer_not_empty CHECK (length(reviewer) > 0)
);
-- The queue lists the oldest first.
CREATE INDEX quotation_queue_idx ON quotation (status, created_at, id);
