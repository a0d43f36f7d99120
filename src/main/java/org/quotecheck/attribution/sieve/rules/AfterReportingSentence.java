package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * A quotation standing alone as a sentence inside a paragraph continues the person the sentence
 * before reports on: "Lind distanced herself from the plan by saying she had doubts. “I never backed it.”"
 */
public final class AfterReportingSentence extends Rule {

    public static final String ID = "after-reporting-sentence";

    /** A shorter quoted sentence is too weak a sign that the person goes on speaking. */
    private static final int MIN_QUOTE_WORDS = 4;

    public AfterReportingSentence() {
        super(ID, 0.6);
    }

    @Override
    public String description() {
        return "Reads a quoted sentence that stands alone, with no frame, in the middle of a paragraph, "
                + "right after a sentence in which a person speaks or talks: \"Lind told the council she had "
                + "doubts. “I never backed this plan and I never will.”\" The subject of that sentence (a name, "
                + "he or she) is credited, with lower confidence, since the quotation carries on what was just "
                + "reported. It holds back when the quoted sentence has fewer than four words, opens the "
                + "paragraph, or has words of its own after it; when the sentence before already quotes someone; "
                + "and when that sentence has no speech or talk verb or its subject is not a person.";
    }

    @Override
    public String example() {
        return "Ann Roe spoke to reporters after the vote. “I never backed this plan and I never will.”";
    }

    /** The sentence before has no quotation, a speech or talk verb, and a person (a name or he/she) as its subject. */
    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        if (t == 0 || d.sentenceStart(t) != t || d.tok(t - 1).para() != d.tok(t).para()
                || !d.endsSentence(q) || d.wordCount(q) < MIN_QUOTE_WORDS) {
            return null;
        }
        for (int k = t + 1; k < d.sentenceEnd(t); k++) {
            if (d.tok(k).isWord() || d.tok(k).isQuote()) {
                return null; // a frame or another quotation follows in the sentence
            }
        }
        int ps = d.sentenceStart(t - 1);
        boolean reporting = false;
        for (int k = ps; k < t; k++) {
            if (d.tok(k).isQuote()) {
                return null; // the sentence before quotes someone already
            }
            reporting |= Lexicon.isSpeechAt(d, k) || Lexicon.isTalkAt(d, k);
        }
        TokenRange subj = reporting ? Clauses.mainSubject(d, ps, t) : null;
        if (subj == null) {
            return null;
        }
        Tok f = d.tok(subj.from());
        boolean person = f.is("he") || f.is("she") || f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower())
                && Speakers.plausibleSpeaker(d, subj);
        return person ? Evidence.of(subj, null) : null;
    }
}
