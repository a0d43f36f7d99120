package org.quotecheck.review;

/** What a review did: the new history entry and the quotation as it now stands (new status, version). */
public record ReviewOutcome(ReviewView review, QuotationView quotation) {
}
