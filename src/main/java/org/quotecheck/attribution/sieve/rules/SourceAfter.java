package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class SourceAfter extends Rule {

    public static final String ID = "source-after";

    public SourceAfter() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "a source named after the quotation in its sentence: `“…,” the mayor said, according to "
                + "the Valley Courier` / `…, the Ledger reported.` credits the outer source";
    }

    @Override
    public String example() {
        return "“…,” the mayor said, according to the Valley Courier";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.sourceAfter(state, q);
    }
}
