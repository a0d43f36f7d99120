package org.quotecheck.review;

import java.util.List;

/**
 * What a review did: the new history entry and the quotation as it now stands (new status, version),
 * and for an apply-to-all review what happened to each other member ({@code alsoApplied}, empty otherwise).
 */
public record ReviewOutcome(ReviewView review, QuotationView quotation, List<MemberOutcome> alsoApplied) {

    /** Outcome of the verdict for one other member of the cluster. */
    public enum Applied {
        /** reviewed: the member got its own review record */
        REVIEWED,
        /** someone reviewed the member since the reviewer saw it: left as it was */
        STALE
    }

    /**
     * One other member: {@code review} is its new review (REVIEWED), null when STALE;
     * {@code currentVersion} is its version now (after the review, or the newer one that made it stale).
     */
    public record MemberOutcome(long quotationId, Applied outcome, long currentVersion, ReviewView review) {
    }

    public ReviewOutcome(ReviewView review, QuotationView quotation) {
        this(review, quotation, List.of());
    }
}
