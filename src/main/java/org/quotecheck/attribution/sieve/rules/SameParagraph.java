package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class SameParagraph extends Rule {

    public static final String ID = "same-paragraph";

    public SameParagraph() {
        super(ID, 0.75, Trait.WEAK, Trait.REANCHORED);
    }

    @Override
    public String description() {
        return "the speaker of the paragraph's earlier quotation or its only frame; the mention moves "
                + "to an agreeing he/she in the quotation's own sentence, or to a he/she that opens a "
                + "sentence between the two (`… says Gloria Marsh. She says … “…”`, also across the "
                + "paragraph break, or a he/she after the quotation followed by its verb); a quotation "
                + "inside a sentence takes no frame from a later sentence; not for a short term after a "
                + "determiner (`the “contested convention” scenario`)";
    }

    @Override
    public String example() {
        return "… says Gloria Marsh. She says … “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.sameParagraph(state, q);
    }
}
