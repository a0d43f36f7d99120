package org.quotecheck.attribution.sieve;

/** Guard: a short quoted term after a determiner is the writer's own wording. */
final class TermAfterDeterminer implements Guard {

    @Override
    public String id() {
        return "term-after-determiner";
    }

    @Override
    public String description() {
        return "A quotation of three words or fewer right after a determiner (the, a, this, …) is a term in the "
                + "writer's sentence: rules that find no frame next to the quotation (weak rules) do not run for it.";
    }

    @Override
    public String example() {
        return "Delegates discussed the “contested convention” scenario all week.";
    }

    @Override
    public boolean holds(State state, int q) {
        var doc = state.doc();
        return doc.wordCount(q) <= 3 && doc.quoteTok(q) > 0 && Sieve.TERM_MARKERS.contains(doc.tok(doc.quoteTok(q) - 1).lower());
    }

    @Override
    public boolean stopsBefore(Rule rule, State state, int q) {
        return rule.has(Trait.WEAK);
    }
}
