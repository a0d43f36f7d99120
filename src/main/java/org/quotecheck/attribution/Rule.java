package org.quotecheck.attribution;

import org.quotecheck.attribution.Phrases.Range;

/**
 * One step of the attribution sieve: a name (the {@code rule} of the output), its confidence, and
 * a matcher that returns its evidence for one quotation or null when it does not apply.
 */
record Rule(String id, double confidence, Matcher matcher) {

    /** The speaker mention and the cue (token ranges of the {@link Doc}); cue may be null. */
    record Evidence(Range mention, Range cue, int frameEnd, double confidence) {
        Evidence(Range mention, Range cue, int frameEnd) {
            this(mention, cue, frameEnd, -1);
        }
    }

    @FunctionalInterface
    interface Matcher {
        Evidence match(Sieve.State state, int quote);
    }
}
