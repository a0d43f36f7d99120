package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.Clauses.clauseSubject;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Lavrov was critical of efforts to impose “their own rules…”: the clause subject. */
public final class ClauseSubject extends Rule {

    public static final String ID = "clause-subject";

    /** The longest cue after the subject, in words: "was critical of", "called". */
    private static final int MAX_CUE = 4;

    public ClauseSubject() {
        super(ID, 0.7, Trait.SUBJECT_ONLY);
    }

    @Override
    public String description() {
        return "Reads the subject of the clause that holds a partial quotation when no speech verb frames it: in Ruiz "
                + "was critical of plans to “patch and pray” it is Ruiz, with “was critical of” as the cue. A name "
                + "reaches across its appositive or relative clause (Ana Ruiz, who chairs the board, called it "
                + "“childish”); after an opening phrase the main subject counts when it is he, she, they, a name or a "
                + "“the” phrase (not in a headline, nor for a one-word quotation); a he or she opening a later "
                + "although/but clause takes precedence; inside a comma-opened relative clause the mention is “who”, "
                + "resolved to its name. It holds back when the subject cannot speak (it, there, that …); before a "
                + "one-word scare quote in the first paragraph it does not run, and after one the subject must be a person.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz was critical of plans to “patch and pray” the old bridge.";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        if (t == ss) {
            return null;
        }
        TokenRange subj = clauseSubject(d, ss, t);
        subj = subj == null ? null : SubjectPhrases.tighten(d, subj);
        if (subj == null || !Speakers.plausibleSpeaker(d, subj)) {
            // "But back home, he returned to his lines: “…”": the subject after an opening phrase
            // (not in a headline, nor for a one-word term; a person, a name or a "the" phrase)
            subj = d.tok(t).para() == 0 || d.wordCount(q) < 2 ? null : Clauses.mainSubject(d, ss, t);
            subj = subj == null ? null : SubjectPhrases.tighten(d, subj);
            if (subj == null || !Speakers.plausibleSpeaker(d, subj) || !personOrName(d, subj) && !d.tok(subj.from()).is("the")) {
                return null;
            }
        }
        TokenRange nearer = SubjectPhrases.nearerClauseSubject(d, subj.to(), t);
        if (nearer != null) {
            subj = nearer; // "Clinton endorsed the deal, although she made clear that she has “…”": the nearer clause
        }
        int c = subj.to();
        for (int k = c; k + 1 < t && (d.tok(c).is(",") || WordShapes.isDash(d.tok(c))); k++) {
            Tok nx = d.tok(k + 1);
            if ((d.tok(k).is(",") || WordShapes.isDash(d.tok(k))) && k > c && nx.isWord() && !nx.capitalized()
                    && !Lexicon.CLAUSE.contains(nx.lower()) && !Lexicon.PREPOSITIONS.contains(nx.lower())) {
                c = k + 1; // the verb after the appositive is the cue
                break;
            }
        }
        int ce = c;
        while (ce < t && ce - c < MAX_CUE && d.tok(ce).isWord()) {
            String l = d.tok(ce).lower();
            ce++;
            if (Lexicon.PREPOSITIONS.contains(l) || l.equals("that") || Lexicon.SPEECH.contains(l)) {
                break;
            }
        }
        TokenRange rel = relativeHolding(d, subj, t);
        if (rel != null) {
            return Evidence.of(rel, new TokenRange(rel.to(), Math.min(t, rel.to() + 1))); // the antecedent is resolved later
        }
        return Evidence.of(subj, ce > c ? new TokenRange(c, ce) : null);
    }

    /**
     * "Roe, who has cast herself as the “…”": when the quotation sits in a comma-opened relative
     * clause on the subject, the relative pronoun is the mention (its antecedent names the speaker).
     */
    private static TokenRange relativeHolding(Doc d, TokenRange subj, int t) {
        int r = subj.to();
        if (r >= t - 2 || !d.tok(r).is(",") || !WordShapes.isRelative(d.tok(++r))) {
            return null;
        }
        for (int k = r + 1; k < t; k++) {
            if (d.tok(k).is(",") || d.tok(k).isQuote() || WordShapes.isDash(d.tok(k))) {
                return null; // the relative clause may have closed before the quotation
            }
        }
        return new TokenRange(r, r + 1);
    }

    /** He, she, they, or a name the article also writes capitalised mid-sentence. */
    private static boolean personOrName(Doc d, TokenRange r) {
        Tok f = d.tok(r.from());
        if (f.is("he") || f.is("she") || f.is("they")) {
            return true;
        }
        Tok last = d.tok(r.to() - 1);
        return f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower()) && last.capitalized()
                && d.capitalisedMidSentence(last.text());
    }
}
