package org.quotecheck.attribution.sieve.rules;

import java.util.Optional;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class PossessiveStatement extends Rule {

    public static final String ID = "possessive-statement";

    public PossessiveStatement() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "the owner of a statement noun: `her claim that she “…”`, `Trump's pledge to be “…”`, "
                + "`Obama's “…” promise`, `the senator's answer was that “…”`, `the suggestion by X that "
                + "“…”`, `From X's Facebook post: “…”`; his/her resolve like he/she, its/their become the "
                + "clause subject; `Roe said Ode's claim that “…”` stays Roe's";
    }

    @Override
    public String example() {
        return "her claim that she “…”";
    }

    /** "Roe said Ode's claim that “…”": the report that governs the owner decides. */
    @Override
    public Optional<String> yieldsTo() {
        return Optional.of(SaidBefore.ID);
    }

    @Override
    public boolean defers(State state, Evidence own, Evidence other) {
        return NominalFrames.reportGovernsOwner(state.doc(), own, other);
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.possessiveStatement(state, q);
    }
}
