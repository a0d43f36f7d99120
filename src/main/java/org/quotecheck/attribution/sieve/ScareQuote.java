package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.Speakers;

/** Guard: a one-word partial quote with no frame at it is a scare quote. */
final class ScareQuote implements Guard {

    @Override
    public String id() {
        return "scare-quote";
    }

    @Override
    public String description() {
        return "A quotation of one word that does not end its sentence is a scare quote unless a frame stands at it: "
                + "weak rules do not run for it, the clause-subject rule does not run in the first paragraph, and "
                + "elsewhere the clause subject may only be a person (a thing as subject marks a term, not a speaker).";
    }

    @Override
    public String example() {
        return "The deal is a “pre-agreement” at best.";
    }

    @Override
    public boolean holds(State state, int q) {
        return state.doc().wordCount(q) <= 1 && !state.doc().endsSentence(q);
    }

    @Override
    public boolean stopsBefore(Rule rule, State state, int q) {
        var doc = state.doc();
        return rule.has(Trait.WEAK) || rule.has(Trait.SUBJECT_ONLY) && doc.tok(doc.quoteTok(q)).para() == 0;
    }

    @Override
    public Verdict after(Rule rule, State state, int q, Evidence evidence) {
        return rule.has(Trait.SUBJECT_ONLY) && !Speakers.personLike(state.doc(), evidence.mention()) ? Verdict.STOP : Verdict.PASS;
    }
}
