package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/**
 * A paragraph that ends with a colon introduces the quotation that opens the next one
 * ("Smith then listed his demands:" / "“…”"): the subject of that sentence speaks.
 */
public final class ColonParagraph extends Rule {

    public static final String ID = "colon-paragraph";

    public ColonParagraph() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads a paragraph that ends with a colon and the quotation that opens the next paragraph: Ruiz then "
                + "listed her demands: / “…”. The subject of a speech verb in the colon's sentence speaks, or the name "
                + "after an opening “Said” or “Continued”, or else the sentence's subject (also a bare label such as "
                + "“The full statement follows:”). It holds back when the colon's sentence already quotes someone, "
                + "since its colon then belongs to that quotation.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz then listed her demands:\n\n“Two more crews, a new budget and a firm date.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t < 2 || d.tok(t - 1).para() == para || !d.tok(t - 1).is(":") || d.tok(t - 1).para() != para - 1) {
            return null;
        }
        int colon = t - 1;
        int ss = d.sentenceStart(colon);
        for (int k = ss; k < colon; k++) {
            if (d.tok(k).isQuote()) {
                return null; // the colon closes a sentence that already quotes someone
            }
        }
        if (SpeechFrames.openingInverted(d, ss, ss)) {
            TokenRange inv = npAfter(d, ss + 1, d.tok(ss).para());
            if (inv != null && inv.to() <= colon) {
                return Evidence.of(inv, new TokenRange(ss, ss + 1)); // "Continued Lind:" / "“…”"
            }
        }
        for (int k = colon - 1; k >= ss; k--) {
            if (Lexicon.isSpeechAt(d, k)) {
                TokenRange s = SpeechFrames.frameSubject(d, k);
                if (s != null) {
                    return Evidence.of(s, new TokenRange(k, k + 1));
                }
            }
        }
        TokenRange subj = Clauses.mainSubject(d, ss, colon);
        if (subj == null) {
            TokenRange np = npEndingAt(d, colon - 1, ss);
            subj = np != null && np.from() == ss ? np : null; // "Transcript as follows:" has no verb
        }
        return subj == null ? null : Evidence.of(subj, null);
    }
}
