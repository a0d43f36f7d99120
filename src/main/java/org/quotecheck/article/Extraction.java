package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.Cue;
import org.quotecheck.attribution.Mention;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.Speaker;
import org.quotecheck.extraction.Span;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.Context;
import org.quotecheck.support.Excerpt;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.LimitsConfig;
import org.quotecheck.support.Offsets;

/**
 * Runs the pure core on a text and moves its results across the API boundary: UTF-16 spans become
 * code point offsets (via {@link Offsets}) and each quotation gets its context. Both the dry run
 * and the ingest use it, so a stored quotation is exactly what the dry run shows.
 */
@ApplicationScoped
class Extraction {

    private static final Logger LOG = Logger.getLogger(Extraction.class);

    /** A quotation at the API boundary, plus the paragraph range that storage keeps. */
    record Draft(ExtractionView.ExtractedQuotation quotation, Integer paragraphStart, Integer paragraphEnd) {
    }

    private final QuoteExtractor extractor;
    private final LimitsConfig limits;

    Extraction(QuoteExtractor extractor, LimitsConfig limits) {
        this.extractor = extractor;
        this.limits = limits;
    }

    String version() {
        return extractor.version();
    }

    /** @throws InvalidInputException when the text has more quotations than {@code quotecheck.limits.max-quotations} */
    List<Draft> draft(String text) {
        Offsets offsets = Offsets.of(text);
        List<Draft> drafts = new ArrayList<>();
        List<AttributedQuotation> found = extractor.extract(text);
        if (found.size() > limits.maxQuotations()) {
            String message = "The text has " + found.size() + " quotations; at most " + limits.maxQuotations()
                    + " are accepted per article. Split it, or check that it is a news article.";
            throw new InvalidInputException(message, List.of(new InvalidInputException.FieldError("text", message)),
                    java.util.Map.of("limit", limits.maxQuotations(), "found", found.size()));
        }
        for (AttributedQuotation q : found) {
            if (!within(q.span(), text) || (q.paragraph() != null && !within(q.paragraph(), text))) {
                // a core defect must not turn into a failed request; the quotation is skipped
                LOG.warnf("Extractor %s returned a span outside the text: %s", extractor.version(), q.span());
                continue;
            }
            drafts.add(draft(q, text, offsets));
        }
        return drafts;
    }

    private static Draft draft(AttributedQuotation q, String text, Offsets offsets) {
        Span span = q.span();
        ExtractionView.ExtractedSpeaker speaker = null;
        Speaker s = q.speaker();
        if (s != null) {
            speaker = new ExtractionView.ExtractedSpeaker(s.name(), s.role(), type(s.type()),
                    excerpt(s.mention(), text, offsets));
        }
        Cue cue = q.cue();
        Excerpt cueExcerpt = cue == null || !within(cue.span(), text) ? null
                : new Excerpt(cue.text(), offsets.toCodePoint(cue.span().start()), offsets.toCodePoint(cue.span().end()));
        Context context = new Context(offsets.before(span.start(), Context.LENGTH),
                offsets.after(span.end(), Context.LENGTH));
        ExtractionView.ExtractedQuotation quotation = new ExtractionView.ExtractedQuotation(q.text(),
                offsets.toCodePoint(span.start()), offsets.toCodePoint(span.end()), speaker, cueExcerpt,
                q.rule() == null ? "none" : q.rule(), clamp(q.confidence()), context);
        Span p = q.paragraph();
        return new Draft(quotation, p == null ? null : offsets.toCodePoint(p.start()),
                p == null ? null : offsets.toCodePoint(p.end()));
    }

    /** The core's type as stored and shown; a new core value fails to compile here until it is mapped. */
    static SpeakerType type(org.quotecheck.attribution.SpeakerType type) {
        if (type == null) {
            return SpeakerType.OTHER;
        }
        return switch (type) {
            case PERSON -> SpeakerType.PERSON;
            case ORGANIZATION -> SpeakerType.ORGANIZATION;
            case OTHER -> SpeakerType.OTHER;
        };
    }

    private static Excerpt excerpt(Mention mention, String text, Offsets offsets) {
        if (mention == null || !within(mention.span(), text)) {
            return null;
        }
        return new Excerpt(mention.text(), offsets.toCodePoint(mention.span().start()),
                offsets.toCodePoint(mention.span().end()));
    }

    private static boolean within(Span span, String text) {
        return span != null && span.end() <= text.length();
    }

    private static double clamp(double confidence) {
        return Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }
}
