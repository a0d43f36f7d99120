package org.quotecheck.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.ConflictException;

/**
 * schema.org ClaimReview documents (JSON-LD) of reviewed quotations and clusters. The claim is
 * "these words, said by the speaker the article names": {@code claimReviewed} is the quotation's
 * text, {@code itemReviewed} a Claim whose {@code author} is that speaker and whose
 * {@code appearance}s are the articles; {@code reviewRating.alternateName} is the verdict in words
 * (the rating scale is in {@link #RATINGS}); {@code author} is the desk's organisation.
 */
@ApplicationScoped
public class ClaimReviews {

    /**
     * The verdict as a rating on a scale of 1 (worst) to 5 (best): how far the words and the name
     * attached to them hold. NOT_A_QUOTE has no place on that scale (there is no speech to rate) and
     * carries only its name.
     */
    static final Map<QuotationStatus, Integer> RATINGS = Map.of(QuotationStatus.VERIFIED, 5,
            QuotationStatus.UNVERIFIABLE, 3, QuotationStatus.MISQUOTED, 2, QuotationStatus.MISATTRIBUTED, 1);

    private final ExportConfig config;

    ClaimReviews(ExportConfig config) {
        this.config = config;
    }

    /** The verdict in words, as {@code alternateName} shows it. */
    public static String words(QuotationStatus status) {
        return switch (status) {
            case VERIFIED -> "Verified";
            case MISATTRIBUTED -> "Misattributed";
            case MISQUOTED -> "Misquoted";
            case UNVERIFIABLE -> "Unverifiable";
            case NOT_A_QUOTE -> "Not a quote";
            case PENDING -> "Not reviewed";
        };
    }

    /** A reviewed quotation's ClaimReview; 409 while it has no review. */
    public Map<String, Object> of(ExportRow q) {
        if (!q.reviewed()) {
            throw new ConflictException("not-reviewed", "Not reviewed", "Quotation " + q.id()
                    + " has no review yet: a ClaimReview is published only for a reviewed quotation.");
        }
        Map<String, Object> doc = head(config.publicBaseUrl() + "/api/v1/quotations/" + q.id() + "/claim-review",
                config.publicBaseUrl() + "/quotations/" + q.id(), q.text());
        Map<String, Object> claim = claim(List.of(q));
        doc.put("itemReviewed", claim);
        doc.put("author", organisation());
        doc.put("datePublished", String.valueOf(q.reviewedAt()));
        doc.put("reviewRating", rating(q.status(), explanation(q)));
        return doc;
    }

    /**
     * A cluster's ClaimReview. Rule: published when at least one member is reviewed and every
     * reviewed member has the same verdict; unreviewed members still count as appearances of the
     * words. No reviewed member, or two verdicts, is a 409: review the members (or read each
     * member's own ClaimReview) first.
     */
    public Map<String, Object> of(ExportReads.ClusterRows cluster) {
        Set<QuotationStatus> verdicts = cluster.statuses().keySet().stream()
                .filter(s -> s != QuotationStatus.PENDING).collect(Collectors.toCollection(LinkedHashSet::new));
        if (verdicts.isEmpty() || cluster.earliest().isEmpty()) {
            throw new ConflictException("not-reviewed", "Not reviewed", "No quotation of cluster " + cluster.id()
                    + " has been reviewed yet: a ClaimReview is published once one is.");
        }
        if (verdicts.size() > 1) {
            throw new ConflictException("mixed-verdicts", "Mixed verdicts", "The reviewed quotations of cluster "
                    + cluster.id() + " disagree (" + cluster.statuses() + "): a cluster's ClaimReview needs one"
                    + " verdict. Each quotation has its own at /api/v1/quotations/{id}/claim-review.");
        }
        QuotationStatus verdict = verdicts.iterator().next();
        List<ExportRow> rows = cluster.earliest();
        ExportRow first = rows.get(0);
        Map<String, Object> doc = head(config.publicBaseUrl() + "/api/v1/clusters/" + cluster.id() + "/claim-review",
                config.publicBaseUrl() + "/clusters/" + cluster.id(), first.text());
        doc.put("itemReviewed", claim(rows));
        doc.put("author", organisation());
        String reviewed = rows.stream().filter(ExportRow::reviewed).map(r -> String.valueOf(r.reviewedAt()))
                .max(String::compareTo).orElse(null);
        doc.put("datePublished", reviewed);
        ExportRow example = rows.stream().filter(ExportRow::reviewed).findFirst().orElse(first);
        doc.put("reviewRating", rating(verdict, explanation(example)));
        return doc;
    }

    private static Map<String, Object> head(String id, String url, String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ClaimReview");
        doc.put("@id", id);
        doc.put("url", url);
        doc.put("claimReviewed", text);
        return doc;
    }

    /** The Claim: who the articles say spoke, where the words appeared, the earliest first. */
    private Map<String, Object> claim(List<ExportRow> rows) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        List<Map<String, Object>> authors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ExportRow r : rows) {
            Map<String, Object> author = author(r);
            if (author != null && seen.add(String.valueOf(author.get("name")))) {
                authors.add(author);
            }
        }
        if (!authors.isEmpty()) {
            claim.put("author", authors.size() == 1 ? authors.get(0) : authors);
        }
        List<Map<String, Object>> appearances = rows.stream().map(this::appearance).toList();
        ExportRow first = rows.stream().min(java.util.Comparator.comparing(ExportRow::appearedAt)
                .thenComparingLong(ExportRow::id)).orElseThrow();
        claim.put("datePublished", String.valueOf(first.appearedAt()));
        claim.put("appearance", appearances);
        claim.put("firstAppearance", appearance(first));
        return claim;
    }

    /** The speaker the article names (before any correction); an unnamed source by the article's words. */
    static Map<String, Object> author(ExportRow r) {
        String name = r.extractedSpeakerName() != null ? r.extractedSpeakerName() : r.mention();
        if (name == null) {
            return null;
        }
        Map<String, Object> author = new LinkedHashMap<>();
        boolean organisation = r.extractedSpeakerType() == SpeakerType.ORGANIZATION;
        author.put("@type", organisation ? "Organization" : "Person");
        author.put("name", name);
        if (r.extractedSpeakerRole() != null && !organisation) {
            author.put("jobTitle", r.extractedSpeakerRole());
        }
        if (r.extractedSpeakerName() == null) {
            author.put("description", "an unnamed source, as the article describes them");
        }
        return author;
    }

    private Map<String, Object> appearance(ExportRow r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@type", "NewsArticle");
        a.put("url", r.articleUrl() != null ? r.articleUrl() : config.publicBaseUrl() + "/api/v1/articles/" + r.articleId());
        if (r.articleTitle() != null) {
            a.put("headline", r.articleTitle());
        }
        if (r.publisher() != null) {
            a.put("publisher", Map.of("@type", "Organization", "name", r.publisher()));
        }
        if (r.publishedAt() != null) {
            a.put("datePublished", r.publishedAt().toString());
        }
        return a;
    }

    private Map<String, Object> organisation() {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", config.organisation().name());
        org.put("url", config.organisation().url());
        return org;
    }

    private static Map<String, Object> rating(QuotationStatus verdict, String explanation) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", words(verdict));
        Integer value = RATINGS.get(verdict);
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("ratingExplanation", explanation);
        return rating;
    }

    /** One sentence saying what the verdict means for these words. */
    static String explanation(ExportRow q) {
        String named = q.extractedSpeakerName() != null ? q.extractedSpeakerName()
                : q.mention() != null ? q.mention() : "the speaker named";
        return switch (q.status()) {
            case VERIFIED -> named + " said these words.";
            case MISATTRIBUTED -> "These words were said by " + (q.speakerName() == null ? "someone else" : q.speakerName())
                    + ", not by " + named + ".";
            case MISQUOTED -> named + " said something, but not these words.";
            case UNVERIFIABLE -> "No source settles whether " + named + " said these words.";
            case NOT_A_QUOTE -> "The quotation marks enclose a title, a scare quote or similar, not speech.";
            case PENDING -> "Not reviewed yet.";
        };
    }
}
