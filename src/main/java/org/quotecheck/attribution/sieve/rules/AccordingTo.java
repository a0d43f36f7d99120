package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class AccordingTo extends Rule {

    public static final String ID = "according-to";

    public AccordingTo() {
        super(ID, 0.9, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`according to X` in the quotation's sentence";
    }

    @Override
    public String example() {
        return "according to X";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.accordingTo(state, q);
    }
}
