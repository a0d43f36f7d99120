package org.quotecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.Cue;
import org.quotecheck.attribution.Mention;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;
import org.quotecheck.attribution.Speaker;
import org.quotecheck.attribution.SpeakerType;
import org.quotecheck.extraction.Span;

/**
 * An extractor whose answers the test states, so that API tests check what the service does with
 * quotations (storage, speakers, offsets) independently of the core's heuristics. Texts it was
 * not told about have no quotations.
 */
public final class FixedExtractor implements QuoteExtractor {

    private final Map<String, List<AttributedQuotation>> answers = new ConcurrentHashMap<>();

    /** Starts the answer for {@code text}. */
    public Answer forText(String text) {
        List<AttributedQuotation> list = new ArrayList<>();
        answers.put(text, list);
        return new Answer(text, list);
    }

    @Override
    public String version() {
        return "fixed-test";
    }

    @Override
    public List<RuleInfo> rules() {
        return QuoteExtractor.standard().rules();
    }

    @Override
    public List<AttributedQuotation> extract(String text) {
        return List.copyOf(answers.getOrDefault(text, List.of()));
    }

    public static final class Answer {
        private final String text;
        private final List<AttributedQuotation> list;

        Answer(String text, List<AttributedQuotation> list) {
            this.text = text;
            this.list = list;
        }

        /**
         * {@code words} (first occurrence) said by {@code name}, named there by {@code mention}, introduced by
         * {@code cue}; a named speaker is a PERSON, an unnamed one OTHER.
         */
        public Answer quote(String words, String name, String role, String mention, String cue) {
            return quote(words, name, role, name == null ? SpeakerType.OTHER : SpeakerType.PERSON, mention, cue);
        }

        /** As {@link #quote(String, String, String, String, String)}, with the speaker's type stated. */
        public Answer quote(String words, String name, String role, SpeakerType type, String mention, String cue) {
            Span span = span(words);
            Speaker speaker = mention == null && name == null ? null
                    : new Speaker(name, role, type, mention == null ? null : new Mention(mention, span(mention)));
            Cue c = cue == null ? null : new Cue(cue, span(cue));
            list.add(new AttributedQuotation(words, span, new Span(0, text.length()), speaker, c, "test-rule", 0.9));
            return this;
        }

        /** A quotation the service cannot store (its text is missing): lets a test break an ingest midway. */
        public Answer broken(String words) {
            list.add(new AttributedQuotation(null, span(words), null, null, null, "test-rule", 0.5));
            return this;
        }

        private Span span(String words) {
            int i = text.indexOf(words);
            if (i < 0) {
                throw new IllegalArgumentException("not in the text: " + words);
            }
            return new Span(i, i + words.length());
        }
    }
}
