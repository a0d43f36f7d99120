package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class AsPutIt extends Rule {

    public static final String ID = "as-put-it";

    public AsPutIt() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "`as X put it, “…”`; an aside right after the quote: `“…,” as Cruz said on the radio, "
                + "…` (not when the verb has its own clause: `as Lee said she would`)";
    }

    @Override
    public String example() {
        return "as X put it, “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.asPutIt(state, q);
    }
}
