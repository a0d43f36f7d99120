package org.quotecheck.attribution.sieve.rules;

import java.util.List;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** A piece that reopens the previous paragraph's quotation has its speaker. */
public final class ContinuedQuote extends Rule {

    public static final String ID = "continued-quote";

    public static final Confidence FRAME_IN_LATER_PIECE = new Confidence("the frame comes in a later piece of the quotation", 0.85);

    public ContinuedQuote() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "Reads a long quotation that runs over several paragraphs: by newsroom convention a paragraph that "
                + "continues it opens with quotation marks while the one before has no closing mark. Each piece keeps "
                + "the speaker of the piece before it. When only a later piece carries the frame, the earlier pieces "
                + "take that speaker afterwards (see continued-backwards), with a lower confidence. It holds back when "
                + "the previous piece has no speaker yet.";
    }

    @Override
    public String example() {
        return "“The bridge will reopen in June,” Mayor Ana Ruiz said. “We have hired two more crews.\n\n"
                + "“The ferry will keep running until then.”";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(FRAME_IN_LATER_PIECE);
    }

    @Override
    public Evidence match(State state, int q) {
        if (q == 0 || !state.doc().quotes().get(q).continuesPrevious() || state.evidence(q - 1) == null) {
            return null;
        }
        return state.evidence(q - 1).forAnotherQuotation();
    }
}
