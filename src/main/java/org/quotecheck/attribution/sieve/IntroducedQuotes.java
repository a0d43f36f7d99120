package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.Speakers;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;


import java.util.Set;

/**
 * Quotations that open a paragraph of their own with no frame, introduced by the paragraph
 * before: "The council issued a statement on Monday." / "“We regret the delay.”" The document's
 * issuer speaks its words.
 */
public final class IntroducedQuotes {

    private IntroducedQuotes() {
    }

    private static final Set<String> ISSUING = WordLists.load("issuing-in-introduced-quotes");

    private static final Set<String> DOCUMENTS = WordLists.load("documents-in-introduced-quotes");

    /**
     * "Roe's office released a statement apologizing for the error." / "“We regret it.”": a whole
     * quoted sentence opening the next paragraph is the statement's, credited to whoever put it out.
     */
    public static Evidence documentBefore(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t == 0 || d.tok(t - 1).para() != para - 1 || !d.endsSentence(q) || d.wordCount(q) < 4) {
            return null;
        }
        int ps = d.sentenceStart(t - 1);
        for (int k = ps; k < t; k++) {
            if (d.tok(k).isQuote()) {
                return null; // the paragraph before ends by quoting someone: that frame decides
            }
        }
        for (int v = ps + 1; v < t - 1; v++) {
            if (!ISSUING.contains(d.tok(v).lower())) {
                continue;
            }
            int n = v + 1;
            if (d.tok(n).is("out")) {
                n++; // "put out a statement"
            }
            if (d.tok(v).lower().startsWith("put") && n == v + 1) {
                continue;
            }
            for (int m = n; m < Math.min(t, n + 4); m++) {
                if (!DOCUMENTS.contains(d.tok(m).lower())) {
                    continue;
                }
                TokenRange subj = Subjects.subjectOf(d, v, ps);
                if (subj == null || subj.to() > v || !Speakers.plausibleSpeaker(d, subj)) {
                    return null;
                }
                return Evidence.of(subj, new TokenRange(v, m + 1));
            }
        }
        return null;
    }
}
