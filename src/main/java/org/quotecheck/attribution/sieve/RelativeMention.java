package org.quotecheck.attribution.sieve;

/** Refinement: "Smith, who called it “…”" is Smith's. */
final class RelativeMention implements Refinement {

    @Override
    public String id() {
        return "relative-mention";
    }

    @Override
    public String description() {
        return "When the mention is a relative “who” or “which”, the noun phrase it hangs on names the speaker (past "
                + "an appositive: in “Marc Ode, the chief executive of the League, who …” it is Marc Ode). With no such "
                + "phrase the evidence is dropped and the next rule is tried.";
    }

    @Override
    public String example() {
        return "Stuart Stevens, who ran the campaign, called it “childish.”";
    }

    @Override
    public Evidence refine(State state, int q, Evidence evidence) {
        return Sieve.withReferent(state.doc(), evidence);
    }
}
