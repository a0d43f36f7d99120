package org.quotecheck.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The JSON-LD documents of one quotation or cluster, for the API and the desk. */
@ApplicationScoped
public class ExportDocuments {

    /** JSON-LD's media type (https://www.w3.org/TR/json-ld11/#iana-considerations). */
    public static final String JSON_LD = "application/ld+json";

    private final ExportReads reads;
    private final ClaimReviews claimReviews;
    private final Annotations annotations;

    ExportDocuments(ExportReads reads, ClaimReviews claimReviews, Annotations annotations) {
        this.reads = reads;
        this.claimReviews = claimReviews;
        this.annotations = annotations;
    }

    /** The ClaimReview of a reviewed quotation: 404 for no such quotation, 409 while unreviewed. */
    public Map<String, Object> quotationClaimReview(long id) {
        return claimReviews.of(reads.quotation(id));
    }

    /** The ClaimReview of a cluster whose reviewed members agree: 404, or 409 (none reviewed, mixed verdicts). */
    public Map<String, Object> clusterClaimReview(long id) {
        return claimReviews.of(reads.cluster(id));
    }

    /** The Web Annotation of any quotation, reviewed or not. */
    public Map<String, Object> annotation(long id) {
        return annotations.of(reads.quotation(id));
    }
}
