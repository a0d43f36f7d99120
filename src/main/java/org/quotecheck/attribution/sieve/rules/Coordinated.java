package org.quotecheck.attribution.sieve.rules;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;

/** “brusk” and “tough”: a quotation coordinated with the previous one shares its speaker. */
public final class Coordinated extends Rule {

    public static final String ID = "coordinated";

    /** How many tokens may join two coordinated quotations: "“a” and “b”", "“a,” or even “b”". */
    private static final int MAX_GAP = 4;

    /** The words that may join coordinated quotations and nothing else. */
    private static final Set<String> COORDINATION = WordLists.load("coordination");

    public Coordinated() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "Reads quotations that follow one another in the same sentence joined only by “and”, “or”, commas or "
                + "a few linking words (“tired” and “slow”): the later one shares the earlier one's speaker. It holds "
                + "back when any other word stands between them, when they are more than four tokens apart, and when "
                + "the earlier quotation has no speaker.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz called the plan “reckless” and “unfair.”";
    }

    @Override
    public Evidence match(State state, int q) {
        if (q == 0 || state.evidence(q - 1) == null) {
            return null;
        }
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int p = d.quoteTok(q - 1);
        if (d.sentence(p) != d.sentence(t) || t - p > MAX_GAP) {
            return null;
        }
        for (int k = p + 1; k < t; k++) {
            if (!COORDINATION.contains(d.tok(k).lower())) {
                return null;
            }
        }
        return state.evidence(q - 1).forAnotherQuotation();
    }
}
