package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.LooseFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class VerbAfter extends Rule {

    public static final String ID = "verb-after";

    public VerbAfter() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "a verb not in the speech list right after the quotation still frames it: `“…,” he "
                + "surmised.`, `“…?” Roe went on`, `“…!” beamed Ann Roe of Dayton`, `“…,” they conclude`";
    }

    @Override
    public String example() {
        return "“…,” he surmised.";
    }

    @Override
    public Evidence match(State state, int q) {
        return LooseFrames.unlistedVerbAfter(state, q);
    }
}
