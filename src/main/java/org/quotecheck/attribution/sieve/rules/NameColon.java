package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class NameColon extends Rule {

    public static final String ID = "name-colon";

    public NameColon() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "`Sen. Doe: “…”`, `- DOE: “…”`, `Rep. Ann Roe (D-Ohio): “…”`";
    }

    @Override
    public String example() {
        return "Sen. Doe: “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.nameColon(state, q);
    }
}
