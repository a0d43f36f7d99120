package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;

/** Another quotation of the same paragraph was attributed, or the paragraph has one frame. */
public final class SameParagraph extends Rule {

    public static final String ID = "same-paragraph";

    /** How many earlier quotations of the paragraph are looked at: a long list of quoted terms, not more. */
    private static final int EARLIER_QUOTATIONS = 20;

    public SameParagraph() {
        super(ID, 0.75, Trait.WEAK, Trait.REANCHORED);
    }

    @Override
    public String description() {
        return "Reads the paragraph around a quotation that nothing frames directly: the speaker of the nearest "
                + "earlier quotation of the paragraph, or else the paragraph's speech frame nearest before the "
                + "quotation, or else the first one after it in its own sentence: a quotation inside a sentence takes "
                + "no frame from a later sentence, which reports a later statement. The mention then "
                + "moves to the nearest agreeing he or she (see the reanchoring step). It does not run for a one-word scare "
                + "quote or a short term after a determiner (the “contested convention” scenario).";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz said the new bridge would open in June. It will be “twice as wide as the old one.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int para = d.quotes().get(q).paragraph();
        for (int p = q - 1; p >= Math.max(0, q - EARLIER_QUOTATIONS) && d.quotes().get(p).paragraph() == para; p--) {
            if (state.evidence(p) != null) {
                return state.evidence(p).forAnotherQuotation();
            }
        }
        return SpeechFrames.paragraphFrame(d, d.quoteTok(q), para, true);
    }
}
