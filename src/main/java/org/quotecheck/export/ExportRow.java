package org.quotecheck.export;

import java.time.Instant;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.speaker.SpeakerType;

/**
 * One quotation as the exports show it: a flat row (one NDJSON line, one CSV record) with its
 * article. {@code speaker*}: the current speaker (a reviewer's correction when there is one);
 * {@code extractedSpeaker*}: whom the article itself names (the attribution that was reviewed);
 * {@code mention}: the article's words for the speaker. Offsets are code points, half-open, into
 * the stored article text.
 */
public record ExportRow(long id, long articleId, String text, int start, int end, String prefix, String suffix,
        Long speakerId, String speakerName, String speakerRole, SpeakerType speakerType, Long extractedSpeakerId,
        String extractedSpeakerName, String extractedSpeakerRole, SpeakerType extractedSpeakerType, String mention,
        String rule, double confidence, QuotationStatus status, long version, int reviewCount, Instant createdAt,
        Instant reviewedAt, Long clusterId, boolean conflict, String articleUrl, String articleTitle,
        String publisher, Instant publishedAt, Instant ingestedAt) {

    /** The constructor JPQL calls ({@code select new}); a nullable conflict flag becomes false. */
    public ExportRow(Long id, Long articleId, String text, Integer start, Integer end, String prefix, String suffix,
            Long speakerId, String speakerName, String speakerRole, SpeakerType speakerType, Long extractedSpeakerId,
            String extractedSpeakerName, String quotationRole, SpeakerType quotationType, String mention,
            String rule, Double confidence, QuotationStatus status, Long version, Integer reviewCount,
            Instant createdAt, Instant reviewedAt, Long clusterId, Boolean conflict, String articleUrl,
            String articleTitle, String publisher, Instant publishedAt, Instant ingestedAt, Boolean marker) {
        this(id, articleId, text, start, end, prefix, suffix, speakerId, speakerName,
                corrected(speakerId, extractedSpeakerId) ? speakerRole : quotationRole,
                corrected(speakerId, extractedSpeakerId) ? speakerType : quotationType != null ? quotationType : speakerType,
                extractedSpeakerId, extractedSpeakerName, quotationRole, quotationType, mention, rule, confidence,
                status, version, reviewCount, createdAt, reviewedAt, clusterId, Boolean.TRUE.equals(conflict), articleUrl,
                articleTitle, publisher, publishedAt, ingestedAt);
    }

    private static boolean corrected(Long current, Long extracted) {
        return current != null && !current.equals(extracted);
    }

    /** Reviewed: the status is a verdict, not PENDING. */
    public boolean reviewed() {
        return status != QuotationStatus.PENDING;
    }

    /** When the words appeared: the publication date, else when the article was ingested. */
    public Instant appearedAt() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
