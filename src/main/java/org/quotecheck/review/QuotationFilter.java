package org.quotecheck.review;

import java.util.Locale;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;

/**
 * What {@code GET /api/v1/quotations} filters on. {@code speaker} is a speaker id, or else part of
 * a speaker's name (case and accents ignored); {@code text} matches the quotation text ignoring
 * case. Null fields do not filter.
 */
public record QuotationFilter(Long speakerId, String speakerName, QuotationStatus status, Long articleId,
        String text, Long clusterId, boolean conflictOnly) {

    /** Without the cluster filters. */
    public QuotationFilter(Long speakerId, String speakerName, QuotationStatus status, Long articleId, String text) {
        this(speakerId, speakerName, status, articleId, text, null, false);
    }

    /** Longest search term: longer ones cannot match a name and only cost a scan. */
    public static final int MAX_TERM = 500;

    public static final QuotationFilter NONE = new QuotationFilter(null, null, null, null, null);

    /** Parses raw query parameters, naming the bad one in a 400 problem. */
    public static QuotationFilter parse(String speaker, String status, String articleId, String q, String cluster,
            String conflict) {
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
        return new QuotationFilter(speakerId, speakerName, parsedStatus, parsedArticle, text, parsedCluster,
                conflictOnly);
    }
}
