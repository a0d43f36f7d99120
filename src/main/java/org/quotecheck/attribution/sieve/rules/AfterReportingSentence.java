package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.QuoteOnlyFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class AfterReportingSentence extends Rule {

    public static final String ID = "after-reporting-sentence";

    public AfterReportingSentence() {
        super(ID, 0.6);
    }

    @Override
    public String description() {
        return "a quoted sentence inside a paragraph, after a quote-free sentence whose subject (a "
                + "name or he/she) speaks or talks, continues that person";
    }

    @Override
    public String example() {
        return "";
    }

    @Override
    public Evidence match(State state, int q) {
        return QuoteOnlyFrames.afterReportingSentence(state, q);
    }
}
