package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.IntroducedQuotes;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class DocumentBefore extends Rule {

    public static final String ID = "document-before";

    public DocumentBefore() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "a whole quoted sentence opening the paragraph after `X issued/released/sent a "
                + "statement (letter, memo, …)` is X's";
    }

    @Override
    public String example() {
        return "X issued/released/sent a statement (letter, memo, …)";
    }

    @Override
    public Evidence match(State state, int q) {
        return IntroducedQuotes.documentBefore(state, q);
    }
}
