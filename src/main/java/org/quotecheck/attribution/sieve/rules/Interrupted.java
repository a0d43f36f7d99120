package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class Interrupted extends Rule {

    public static final String ID = "interrupted";

    public Interrupted() {
        super(ID, 0.93, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`“…,” he said, “…”`: the second part takes the first part's frame";
    }

    @Override
    public String example() {
        return "“…,” he said, “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.interrupted(state, q);
    }
}
