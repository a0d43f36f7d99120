package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/**
 * "“…,” Lind said, according to the Ledger." / "… was “…,” according to a court filing.": a
 * sentence that names its source after the quotation vouches for the wording through that
 * source, which takes precedence over the frame it reports (news annotation credits the outermost
 * source). Only when no other quotation stands between, so the source covers this one.
 */
public final class SourceAfter extends Rule {

    public static final String ID = "source-after";

    /** How far after the quotation its source is sought, in tokens. */
    private static final int WINDOW = 25;

    /** The verb forms of "X reported" / "reports X" that name an outlet as the source. */
    private static final Set<String> REPORTED = WordLists.load("reported");

    public SourceAfter() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "Reads a source named after the quotation in its sentence: “according to X”, or a closing clause "
                + "such as “the Ledger reported” or “reports the Ledger”. The source is credited even when the "
                + "sentence also has a speech frame, because news annotation credits the outermost source that vouches "
                + "for the wording. It holds back when another quotation stands between this one and the source, so "
                + "that the source covers this quotation, and looks no further than 25 tokens past it.";
    }

    @Override
    public String example() {
        return "“We will reopen the bridge in June,” Mayor Ana Ruiz said, according to the Valley Ledger.";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int se = Math.min(d.sentenceEnd(t), t + WINDOW);
        int para = d.tok(t).para();
        for (int k = t + 1; k + 2 < se && d.tok(k).para() == para; k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
            if (d.tok(k).is("according") && d.tok(k + 1).is("to")) {
                TokenRange np = npAfter(d, k + 2, para);
                return np == null ? null : Evidence.of(np, new TokenRange(k, k + 2));
            }
            if (d.tok(k).is(",") && k > t + 1) {
                Evidence rep = reportedBy(d, k + 1, d.sentenceEnd(t), para);
                if (rep != null) {
                    return rep;
                }
            }
        }
        return null;
    }

    /** "…, the Ledger reported." / "…, reports the Ledger.": a clause closing the sentence names the outlet. */
    private static Evidence reportedBy(Doc d, int from, int se, int para) {
        if (from >= se) {
            return null;
        }
        if (REPORTED.contains(d.tok(from).lower())) {
            TokenRange np = npAfter(d, from + 1, para);
            return np != null && np.to() >= se - 1 && np.to() <= se ? Evidence.of(np, new TokenRange(from, from + 1)) : null;
        }
        TokenRange np = npAfter(d, from, para);
        if (np == null || np.to() >= d.size() || !REPORTED.contains(d.tok(np.to()).lower()) || np.to() + 1 < se - 1) {
            return null;
        }
        return Evidence.of(np, new TokenRange(np.to(), np.to() + 1));
    }
}
