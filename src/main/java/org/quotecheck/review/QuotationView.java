package org.quotecheck.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.Context;
import org.quotecheck.support.Excerpt;

/**
 * A stored quotation as the API shows it: the extraction fields (same names and meaning as in
 * {@code POST /api/v1/extractions}) plus its identity, review status and version, and its cluster of
 * the same words across articles ({@code clusterId} null for a quotation too short to cluster;
 * {@code conflict} true when that cluster's members name different speakers).
 */
public record QuotationView(long id, long articleId, String text, int start, int end,
        SpeakerView speaker, Excerpt cue, String rule, double confidence, Context context,
        Range paragraph, QuotationStatus status, long version, int reviewCount,
        Instant createdAt, Instant reviewedAt, Long clusterId, boolean conflict,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in search results (q given): how the quotation matched q")
        TextSearch.Match match,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in search results (q given): relevance, higher is better; for FULL_TEXT the"
                + " cover-density rank (ts_rank_cd, length-normalised, in [0, 1)), for FUZZY the word similarity")
        Double rank,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in search results (q given): at most 200 code points of the text around the"
                + " match, with the matched words as ranges")
        Snippet snippet) {

    /** This view as a search hit. */
    QuotationView hit(TextSearch.Match how, double relevance, Snippet excerpt) {
        return new QuotationView(id, articleId, text, start, end, speaker, cue, rule, confidence, context, paragraph,
                status, version, reviewCount, createdAt, reviewedAt, clusterId, conflict, how, relevance, excerpt);
    }

    /**
     * Who said it. {@code id} is null for an unnamed source; {@code mention} is null once a
     * reviewer has named another speaker (the article's words no longer name this one). {@code role}
     * and {@code type} are as the article gives them, or the corrected speaker's current ones.
     */
    public record SpeakerView(Long id, String name, String role, SpeakerType type, Excerpt mention) {
    }

    /** Code point range of the paragraph(s) holding the quotation. */
    public record Range(int start, int end) {
    }

    static QuotationView of(Quotation q) {
        Excerpt mention = q.mentionText == null ? null : new Excerpt(q.mentionText, q.mentionStart, q.mentionEnd);
        SpeakerView speaker;
        if (q.speaker != null && q.corrected()) {
            speaker = new SpeakerView(q.speaker.id, q.speaker.name, q.speaker.role, q.speaker.type, null);
        } else if (q.speaker != null) {
            speaker = new SpeakerView(q.speaker.id, q.speaker.name, q.speakerRole,
                    q.speakerType == null ? q.speaker.type : q.speakerType, mention);
        } else if (mention != null) {
            speaker = new SpeakerView(null, null, q.speakerRole,
                    q.speakerType == null ? SpeakerType.OTHER : q.speakerType, mention);
        } else {
            speaker = null;
        }
        Excerpt cue = q.cueText == null ? null : new Excerpt(q.cueText, q.cueStart, q.cueEnd);
        Range paragraph = q.paragraphStart == null ? null : new Range(q.paragraphStart, q.paragraphEnd);
        return new QuotationView(q.id, q.articleId, q.text, q.startOffset, q.endOffset, speaker, cue, q.rule,
                q.confidence, new org.quotecheck.support.Context(q.prefix, q.suffix), paragraph, q.status,
                q.version, q.reviewCount, q.createdAt, q.reviewedAt, q.clusterId, Boolean.TRUE.equals(q.clusterConflict),
                null, null, null);
    }
}
