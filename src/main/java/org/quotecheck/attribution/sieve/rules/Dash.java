package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class Dash extends Rule {

    public static final String ID = "dash";

    public Dash() {
        super(ID, 0.85, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`“…” — Jane Doe`";
    }

    @Override
    public String example() {
        return "“…” — Jane Doe";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.dash(state, q);
    }
}
