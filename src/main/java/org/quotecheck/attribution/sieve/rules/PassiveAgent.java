package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class PassiveAgent extends Rule {

    public static final String ID = "passive-agent";

    public PassiveAgent() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "the agent of a passive naming frame: `an option seen by organizers as a “…”`, `derided "
                + "as “…” by critics`, `has been called “…” by X`, `“…” …, as described by X`";
    }

    @Override
    public String example() {
        return "an option seen by organizers as a “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.passiveAgent(state, q);
    }
}
