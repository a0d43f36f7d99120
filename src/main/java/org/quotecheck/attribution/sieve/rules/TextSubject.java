package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class TextSubject extends Rule {

    public static final String ID = "text-subject";

    public TextSubject() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "a text that opens the quotation's sentence speaks: `Hoff's letter makes a case: “…”`, "
                + "`The ad targets a “…”`, or the issuer in its by-phrase (`An email sent out by X "
                + "warned: “…”`); short quotes need a verb of stating";
    }

    @Override
    public String example() {
        return "Hoff's letter makes a case: “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.textSubject(state, q);
    }
}
