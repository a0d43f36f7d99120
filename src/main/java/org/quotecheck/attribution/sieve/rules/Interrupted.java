package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;

/** “…,” he said, “…”: the second part shares the frame between them. */
public final class Interrupted extends Rule {

    public static final String ID = "interrupted";

    public Interrupted() {
        super(ID, 0.93, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads a quotation that its frame splits in two: “…,” Ruiz said, “…”. The second piece takes the "
                + "speaker of the first when the first was decided by the said-after rule, both stand in the same "
                + "paragraph, and only punctuation lies between the end of that frame and the second piece. It holds "
                + "back when any word stands there, since the second piece may then have a frame of its own.";
    }

    @Override
    public String example() {
        return "“The bridge will reopen in June,” Mayor Ana Ruiz said, “and the ferry will stop running.”";
    }

    @Override
    public Evidence match(State state, int q) {
        if (q == 0 || state.evidence(q - 1) == null || state.evidence(q - 1).frameEnd().isEmpty()) {
            return null;
        }
        Doc d = state.doc();
        if (!SaidAfter.ID.equals(state.ruleOf(q - 1))) {
            return null;
        }
        int t = d.quoteTok(q);
        int e = state.evidence(q - 1).frameEnd().getAsInt();
        if (e > t || d.tok(t).para() != d.tok(d.quoteTok(q - 1)).para()) {
            return null;
        }
        for (int k = e; k < t; k++) {
            if (d.tok(k).isWord()) {
                return null;
            }
        }
        return state.evidence(q - 1).forAnotherQuotation();
    }
}
