package org.quotecheck.attribution.sieve.rules;

import java.util.List;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class SaidAfter extends Rule {

    public static final String ID = "said-after";

    public static final Confidence AFTER_FULL_STOP = new Confidence("the quotation ends with a full stop", 0.85);
    public static final Confidence UNPUNCTUATED = new Confidence("no mark closes the quotation before the frame", 0.8);

    public SaidAfter() {
        super(ID, 0.95, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`“…,” Smith said` / `“…,” said Smith` / `“…,” Smith, a doctor who …, said`; party "
                + "labels \"(D-Ohio)\" skipped; honorifics start the name; a partial quote already framed "
                + "before it (`Lee claimed that “…,” one of the prosecutors said the cases differ`) keeps "
                + "that frame when the later report has a clause of its own";
    }

    @Override
    public String example() {
        return "“…,” Smith said";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(AFTER_FULL_STOP, UNPUNCTUATED);
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.saidAfter(state, q);
    }
}
