package org.quotecheck.attribution;

import org.quotecheck.attribution.Phrases.Range;

/**
 * One step of the attribution sieve: a name (the {@code rule} of the output), its confidence, and
 * a matcher that returns its evidence for one quotation or null when it does not apply.
 */
record Rule(String id, double confidence, Matcher matcher) {

    /**
     * The speaker mention and the cue (token ranges of the {@link Doc}); cue may be null. The
     * referent is the phrase that names the speaker when the mention itself does not (a relative
     * "who", a pronoun re-anchored near the quotation); null when the mention names the speaker.
     */
    record Evidence(Range mention, Range cue, int frameEnd, double confidence, Range referent) {
        Evidence(Range mention, Range cue, int frameEnd, double confidence) {
            this(mention, cue, frameEnd, confidence, null);
        }

        Evidence(Range mention, Range cue, int frameEnd) {
            this(mention, cue, frameEnd, -1, null);
        }

        /** The phrase to resolve a name from. */
        Range naming() {
            return referent != null ? referent : mention;
        }

        /** The same speaker, for another quotation (cue and frame stay with their own quotation). */
        Evidence reuse(Range cue, int frameEnd, double confidence) {
            return new Evidence(mention, cue, frameEnd, confidence, referent);
        }
    }

    @FunctionalInterface
    interface Matcher {
        Evidence match(Sieve.State state, int quote);
    }
}
