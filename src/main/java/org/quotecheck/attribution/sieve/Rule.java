package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;


/**
 * One step of the attribution sieve: a name (the {@code rule} of the output), its confidence, and
 * a matcher that returns its evidence for one quotation or null when it does not apply.
 */
public record Rule(String id, double confidence, Matcher matcher) {

    /**
     * The speaker mention and the cue (token ranges of the {@link Doc}); cue may be null. The
     * referent is the phrase that names the speaker when the mention itself does not (a relative
     * "who", a pronoun re-anchored near the quotation); null when the mention names the speaker.
     */
    public record Evidence(TokenRange mention, TokenRange cue, int frameEnd, double confidence, TokenRange referent) {
        public Evidence(TokenRange mention, TokenRange cue, int frameEnd, double confidence) {
            this(mention, cue, frameEnd, confidence, null);
        }

        public Evidence(TokenRange mention, TokenRange cue, int frameEnd) {
            this(mention, cue, frameEnd, -1, null);
        }

        /** The phrase to resolve a name from. */
        public TokenRange naming() {
            return referent != null ? referent : mention;
        }

        /** The same speaker, for another quotation (cue and frame stay with their own quotation). */
        public Evidence reuse(TokenRange cue, int frameEnd, double confidence) {
            return new Evidence(mention, cue, frameEnd, confidence, referent);
        }
    }

    @FunctionalInterface
    public interface Matcher {
        Evidence match(Sieve.State state, int quote);
    }
}
