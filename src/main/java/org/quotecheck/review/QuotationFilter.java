package org.quotecheck.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;

/**
 * What {@code GET /api/v1/quotations} filters on. {@code speaker} is a speaker id, or else part of
 * a speaker's name or alias (case and accents ignored; a misspelt name finds the closest names when
 * nothing contains it); {@code text} is a search in websearch syntax ({@link TextSearch});
 * {@code publisher} is part of the article's publisher (any case); {@code appearedFrom} (inclusive)
 * and {@code appearedBefore} (exclusive) bound the article's publication date, or its ingest time
 * when it has none. Null fields do not filter.
 */
public record QuotationFilter(Long speakerId, String speakerName, QuotationStatus status, Long articleId,
        String text, Long clusterId, boolean conflictOnly, String publisher, Instant appearedFrom,
        Instant appearedBefore) {

    /** Without the cluster, publisher and date filters. */
    public QuotationFilter(Long speakerId, String speakerName, QuotationStatus status, Long articleId, String text) {
        this(speakerId, speakerName, status, articleId, text, null, false, null, null, null);
    }

    /** Longest search term: longer ones cannot match a name and only cost a scan. */
    public static final int MAX_TERM = 500;

    public static final QuotationFilter NONE = new QuotationFilter(null, null, null, null, null);

    /** Parses raw query parameters, naming the bad one in a 400 problem. */
    public static QuotationFilter parse(String speaker, String status, String articleId, String q, String cluster,
            String conflict) {
        return parse(speaker, status, articleId, q, cluster, conflict, null, null, null);
    }

    /** Parses raw query parameters, naming the bad one in a 400 problem. */
    public static QuotationFilter parse(String speaker, String status, String articleId, String q, String cluster,
            String conflict, String publisher, String publishedFrom, String publishedTo) {
        Long speakerId = null;
        String speakerName = null;
        if (speaker != null && !speaker.isBlank()) {
            String s = Inputs.optional("speaker", speaker, MAX_TERM);
            if (s.chars().allMatch(Character::isDigit) && s.length() < 19) {
                speakerId = Long.parseLong(s);
            } else {
                speakerName = s;
            }
        }
        QuotationStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = QuotationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.notOneOf("status", status, QuotationStatus.names());
            }
        }
        Long parsedArticle = null;
        if (articleId != null && !articleId.isBlank()) {
            try {
                parsedArticle = Long.parseLong(articleId.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("articleId", "articleId must be an article id, an integer (got '"
                        + articleId + "').");
            }
        }
        String text = Inputs.optional("q", q, MAX_TERM);
        Long parsedCluster = null;
        if (cluster != null && !cluster.isBlank()) {
            try {
                parsedCluster = Long.parseLong(cluster.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("cluster", "cluster must be a cluster id, an integer (got '"
                        + cluster + "').");
            }
        }
        boolean conflictOnly = false;
        if (conflict != null && !conflict.isBlank()) {
            String c = conflict.strip().toLowerCase(Locale.ROOT);
            if (!c.equals("true") && !c.equals("false")) {
                throw InvalidInputException.notOneOf("conflict", conflict, java.util.List.of("true", "false"));
            }
            conflictOnly = c.equals("true");
        }
        String parsedPublisher = Inputs.optional("publisher", publisher, MAX_TERM);
        Instant from = inRange("publishedFrom", publishedFrom,
                Inputs.isoInstant("publishedFrom", publishedFrom, "2021-03-19T08:00:00Z"));
        Instant before = upperBound(publishedTo);
        if (from != null && before != null && !from.isBefore(before)) {
            throw InvalidInputException.of("publishedTo", "publishedTo must not be before publishedFrom (got "
                    + publishedFrom.strip() + " to " + publishedTo.strip() + ").");
        }
        return new QuotationFilter(speakerId, speakerName, parsedStatus, parsedArticle, text, parsedCluster,
                conflictOnly, parsedPublisher, from, before);
    }

    /**
     * The exclusive upper bound of {@code publishedTo}: a date includes that whole day (UTC), a
     * date-time includes that instant.
     */
    static Instant upperBound(String publishedTo) {
        Instant at = inRange("publishedTo", publishedTo,
                Inputs.isoInstant("publishedTo", publishedTo, "2021-03-19T18:00:00Z"));
        if (at == null) {
            return null;
        }
        boolean dateOnly = publishedTo.strip().length() == 10;
        return dateOnly ? at.plus(1, ChronoUnit.DAYS) : at.plusNanos(1000);
    }

    // PostgreSQL's timestamps end in 294276 AD; no article date lies outside these years
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static Instant inRange(String field, String raw, Instant at) {
        if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
            throw InvalidInputException.of(field, field + " must lie between the years 1 and 9999 (got '"
                    + raw.strip() + "').");
        }
        return at;
    }

    /** The same filter for every status. */
    public QuotationFilter withoutStatus() {
        return new QuotationFilter(speakerId, speakerName, null, articleId, text, clusterId, conflictOnly, publisher,
                appearedFrom, appearedBefore);
    }
}
