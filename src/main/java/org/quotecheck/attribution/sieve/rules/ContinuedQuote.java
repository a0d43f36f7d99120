package org.quotecheck.attribution.sieve.rules;

import java.util.List;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class ContinuedQuote extends Rule {

    public static final String ID = "continued-quote";

    public static final Confidence FRAME_IN_LATER_PIECE = new Confidence("the frame comes in a later piece of the quotation", 0.85);

    public ContinuedQuote() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "a quotation reopened in the next paragraph keeps its speaker";
    }

    @Override
    public String example() {
        return "";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(FRAME_IN_LATER_PIECE);
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.continuedQuote(state, q);
    }
}
