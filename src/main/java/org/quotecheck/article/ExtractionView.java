package org.quotecheck.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.Context;
import org.quotecheck.support.Excerpt;

/**
 * The answer of {@code POST /api/v1/extractions}; its shape is a published contract. Offsets are
 * code points, half-open, into the submitted text (or into {@code text} for html input).
 *
 * @param text only for html input: the plain text that the offsets index
 */
public record ExtractionView(Extractor extractor, @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        List<ExtractedQuotation> quotations) {

    public record Extractor(String version) {
    }

    /** {@code speaker} and {@code cue} are null when the extractor found none. */
    public record ExtractedQuotation(String text, int start, int end, ExtractedSpeaker speaker, Excerpt cue,
            String rule, double confidence, Context context) {
    }

    /**
     * {@code name} is null for an unnamed source ("a spokesman"); {@code type} is always given
     * ({@code OTHER} when the article does not make sure).
     */
    public record ExtractedSpeaker(String name, String role, SpeakerType type, Excerpt mention) {
    }
}
