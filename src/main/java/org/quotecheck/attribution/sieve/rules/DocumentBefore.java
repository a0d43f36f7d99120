package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/**
 * A quotation that opens a paragraph of its own with no frame, introduced by the paragraph before:
 * "The council issued a statement on Monday." / "“We regret the delay.”" The document's issuer speaks its words.
 */
public final class DocumentBefore extends Rule {

    public static final String ID = "document-before";

    /** A shorter quoted sentence may be a heading or a term rather than the document's wording. */
    private static final int MIN_QUOTE_WORDS = 4;

    /** How far after the issuing verb the document may stand ("released a brief written statement"). */
    private static final int DOCUMENT_WINDOW = 4;

    public DocumentBefore() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "Reads a quoted sentence that opens a paragraph with no frame, right after a paragraph whose "
                + "last sentence says someone put out a document: \"The council issued a statement on Monday.\" "
                + "followed by \"“We regret the delay and will fix the roads by spring.”\" Whoever issued, "
                + "released, sent or posted the statement, letter, memo or email is credited, since the "
                + "quotation reads as its text. It holds back when the quoted sentence has fewer than four "
                + "words, when the paragraph before ends by quoting someone, and when the issuer is no "
                + "plausible speaker.";
    }

    @Override
    public String example() {
        return "The council issued a statement on Monday.\n\n“We regret the delay and will fix the roads by spring.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t == 0 || d.tok(t - 1).para() != para - 1 || !d.endsSentence(q) || d.wordCount(q) < MIN_QUOTE_WORDS) {
            return null;
        }
        int ps = d.sentenceStart(t - 1);
        for (int k = ps; k < t; k++) {
            if (d.tok(k).isQuote()) {
                return null; // the paragraph before ends by quoting someone: that frame decides
            }
        }
        for (int v = ps + 1; v < t - 1; v++) {
            if (!Documents.ISSUING.contains(d.tok(v).lower())) {
                continue;
            }
            int n = v + 1;
            if (d.tok(n).is("out")) {
                n++; // "put out a statement"
            }
            if (d.tok(v).lower().startsWith("put") && n == v + 1) {
                continue;
            }
            for (int m = n; m < Math.min(t, n + DOCUMENT_WINDOW); m++) {
                if (!Documents.NOUNS.contains(d.tok(m).lower())) {
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
