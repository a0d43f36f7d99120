package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class ColonParagraph extends Rule {

    public static final String ID = "colon-paragraph";

    public ColonParagraph() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "a paragraph ending in \":\" gives its subject to the quote-only paragraph after it";
    }

    @Override
    public String example() {
        return "";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.colonParagraph(state, q);
    }
}
