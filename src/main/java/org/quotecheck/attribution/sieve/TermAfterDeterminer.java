package org.quotecheck.attribution.sieve;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;

/** Guard: a short quoted term after a determiner is the writer's own wording. */
final class TermAfterDeterminer implements Guard {

    /** The longest quoted term, in words; a longer quotation after a determiner may well be someone's words. */
    private static final int MAX_TERM_WORDS = 3;

    /** Determiners before a short quoted term that the writer's own sentence uses. */
    private static final Set<String> TERM_MARKERS = WordLists.load("term-markers");

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
        return doc.wordCount(q) <= MAX_TERM_WORDS && doc.quoteTok(q) > 0 && TERM_MARKERS.contains(doc.tok(doc.quoteTok(q) - 1).lower());
    }

    @Override
    public boolean stopsBefore(Rule rule, State state, int q) {
        return rule.has(Trait.WEAK);
    }
}
