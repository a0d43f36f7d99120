package org.quotecheck.attribution.sieve;

import java.util.Optional;
import java.util.OptionalInt;
import org.quotecheck.attribution.text.TokenRange;

/**
 * What a rule found for one quotation: the speaker mention and the cue, as token ranges of the
 * document.
 *
 * @param mention  the words naming the speaker at the quotation
 * @param cue      the introducing words; null when there are none (a bare colon frame)
 * @param frameEnd the token after a frame that follows the quotation ("“…,” he said, “…”"), which
 *                 lets the next piece of an interrupted quotation share it; empty for other frames
 * @param variant  a named variant of the rule's declared confidence; empty for the declared one
 * @param referent the phrase that names the speaker when the mention does not (a relative "who", a
 *                 pronoun re-anchored near the quotation); null when the mention names the speaker
 */
public record Evidence(TokenRange mention, TokenRange cue, OptionalInt frameEnd, Optional<Confidence> variant,
        TokenRange referent) {

    public static Evidence of(TokenRange mention, TokenRange cue) {
        return new Evidence(mention, cue, OptionalInt.empty(), Optional.empty(), null);
    }

    public Evidence endingFrameAt(int token) {
        return new Evidence(mention, cue, OptionalInt.of(token), variant, referent);
    }

    public Evidence with(Confidence confidence) {
        return new Evidence(mention, cue, frameEnd, Optional.of(confidence), referent);
    }

    /** This evidence with {@code variant} as its confidence; unchanged when there is none. */
    public Evidence withVariant(Optional<Confidence> variant) {
        return variant.isPresent() ? with(variant.get()) : this;
    }

    public Evidence namedBy(TokenRange phrase) {
        return new Evidence(mention, cue, frameEnd, variant, phrase);
    }

    public Evidence mentionedAt(TokenRange newMention) {
        return new Evidence(newMention, cue, frameEnd, variant, referent);
    }

    /** The phrase to resolve a name from. */
    public TokenRange naming() {
        return referent != null ? referent : mention;
    }

    /**
     * The same speaker, for another quotation: mention and referent stay, the cue stays with the
     * speaker, the frame end and the confidence belong to the quotation it was found for.
     */
    public Evidence forAnotherQuotation() {
        return new Evidence(mention, cue, OptionalInt.empty(), Optional.empty(), referent);
    }
}
