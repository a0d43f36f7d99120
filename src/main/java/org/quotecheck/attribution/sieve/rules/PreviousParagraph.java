package org.quotecheck.attribution.sieve.rules;

import java.util.List;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class PreviousParagraph extends Rule {

    public static final String ID = "previous-paragraph";

    public static final Confidence PERSON_ABOUT = new Confidence("the person the previous paragraph's last sentence is about", 0.6);

    public PreviousParagraph() {
        super(ID, 0.7, Trait.WEAK, Trait.REANCHORED);
    }

    @Override
    public String description() {
        return "a quote-only paragraph continues the previous paragraph's speaker, the main frame of "
                + "its last sentence (not a verb inside what that sentence reports), the subject of a "
                + "frame there (`… since Trump spoke only in bromides.`), or the person its last sentence "
                + "is about (whole sentences of three words or more)";
    }

    @Override
    public String example() {
        return "… since Trump spoke only in bromides.";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(PERSON_ABOUT);
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.previousParagraph(state, q);
    }
}
