package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.sieve.rules.ContinuedQuote;

/** Post-pass: a multi-paragraph quotation whose frame comes in a later piece shares it backwards. */
final class ContinuedBackwards implements PostPass {

    private final Rule continuedQuote;

    ContinuedBackwards(Rule continuedQuote) {
        this.continuedQuote = continuedQuote;
    }

    @Override
    public String id() {
        return "continued-backwards";
    }

    @Override
    public String description() {
        return "A piece of a multi-paragraph quotation left unattributed takes the speaker of the next piece, when "
                + "that one found a frame; it is recorded as " + ContinuedQuote.ID + " with the confidence of its "
                + "variant “" + ContinuedQuote.FRAME_IN_LATER_PIECE.name() + "”.";
    }

    @Override
    public String example() {
        return "“We will rebuild.\n\n“It will take years,” the mayor said.";
    }

    @Override
    public void apply(State st) {
        var doc = st.doc();
        for (int q = st.quotations() - 1; q > 0; q--) {
            if (doc.quotes().get(q).continuesPrevious() && st.decision(q) != null && st.decision(q - 1) == null) {
                Evidence ev = st.evidence(q).forAnotherQuotation().with(ContinuedQuote.FRAME_IN_LATER_PIECE);
                st.decide(q - 1, new Decision(continuedQuote, ev, continuedQuote.confidenceOf(ev)));
            }
        }
    }
}
