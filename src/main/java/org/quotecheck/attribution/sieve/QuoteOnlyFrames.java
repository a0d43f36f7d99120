package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.phrase.Speakers;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;



/**
 * A quotation standing alone as a sentence inside a paragraph, after a reporting sentence about a
 * person ("Lind distanced herself from the plan by saying she had doubts. “I never backed it.”").
 */
public final class QuoteOnlyFrames {

    private QuoteOnlyFrames() {
    }

    /**
     * The sentence before has no quotation, a speech or talk verb, and a person (a name or he/she)
     * as its subject: the quoted sentence that follows continues that person.
     */
    public static Evidence afterReportingSentence(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        if (t == 0 || d.sentenceStart(t) != t || d.tok(t - 1).para() != d.tok(t).para()
                || !d.endsSentence(q) || d.wordCount(q) < 4) {
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
