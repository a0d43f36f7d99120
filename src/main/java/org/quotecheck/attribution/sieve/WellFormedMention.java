package org.quotecheck.attribution.sieve;

/** Guard: a verb phrase is no speaker. */
final class WellFormedMention implements Guard {

    @Override
    public String id() {
        return "well-formed-mention";
    }

    @Override
    public String description() {
        return "A mention must be able to name someone: it opens with a name, a pronoun, a determiner or a noun, not "
                + "with a lower-case verb form (“carrying signs”, “spoke anonymously”) or a possessive followed by a "
                + "preposition (“her of making …”). Evidence with such a mention is dropped and the next rule is tried.";
    }

    @Override
    public String example() {
        return "Protesters were carrying signs that read “No more wars.”";
    }

    @Override
    public boolean holds(State state, int q) {
        return true;
    }

    @Override
    public Verdict after(Rule rule, State state, int q, Evidence evidence) {
        return Sieve.wellFormed(state.doc(), evidence.mention()) ? Verdict.PASS : Verdict.SKIP_RULE;
    }
}
