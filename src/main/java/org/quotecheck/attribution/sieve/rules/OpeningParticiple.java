package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class OpeningParticiple extends Rule {

    public static final String ID = "opening-participle";

    public OpeningParticiple() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "a quote inside an opening participle phrase belongs to the main subject after its "
                + "comma: `In declaring the statements “not Christian,” the pope …`, `Acknowledging that "
                + "Trump “…,” though, Allen did suggest …` (not during/including/according …)";
    }

    @Override
    public String example() {
        return "In declaring the statements “not Christian,” the pope …";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.openingParticiple(state, q);
    }
}
