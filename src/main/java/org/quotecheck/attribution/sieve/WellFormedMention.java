package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.WordShapes;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Guard: a verb phrase is no speaker. */
final class WellFormedMention implements Guard {

    /** Possessive pronouns: "her" followed by a preposition is an object ("accused her of …"), not a speaker. */
    private static final Set<String> POSSESSIVES = WordLists.load("possessives");


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
        return wellFormed(state.doc(), evidence.mention()) ? Verdict.PASS : Verdict.SKIP_RULE;
    }

    /**
     * Whether a mention can name someone: it opens with a name, a pronoun, a determiner or a noun;
     * not with a lower-case verb form ("placed ads", "carrying signs", "spoke anonymously") or a
     * possessive/object pronoun followed by a preposition ("her of making …").
     */
    private static boolean wellFormed(Doc d, TokenRange m) {
        Tok f = d.tok(m.from());
        String l = f.lower();
        if (!f.isWord() || f.capitalized() || WordShapes.isPronoun(f) || WordShapes.isRelative(f)) {
            return true;
        }
        if (POSSESSIVES.contains(l)) {
            return !(m.to() - m.from() > 1 && Lexicon.PREPOSITIONS.contains(d.tok(m.from() + 1).lower()));
        }
        if (Lexicon.DETERMINERS.contains(l)) {
            return true;
        }
        // "retired Army Gen. Ann Roe", "undecided voter Ann Roe": a modifier before a name is fine
        for (int k = m.from() + 1; k < m.to(); k++) {
            Tok t = d.tok(k);
            if (Lexicon.PREPOSITIONS.contains(t.lower()) || !t.isWord()) {
                break;
            }
            if (t.capitalized()) {
                return true;
            }
        }
        return !(l.endsWith("ing") || l.endsWith("ed") || Lexicon.SPEECH.contains(l) || Lexicon.AUX.contains(l)
                || Lexicon.IRREGULAR_PAST.contains(l));
    }
}
