package org.quotecheck.attribution.sieve.rules;

import java.util.List;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class SaidBefore extends Rule {

    public static final String ID = "said-before";

    public static final Confidence COLON = new Confidence("a colon introduces the quotation", 0.9);
    public static final Confidence INVERTED = new Confidence("an inverted frame opens the sentence: Said X, …", 0.9);
    public static final Confidence ASKED_BY = new Confidence("the asker of 'was asked by X'", 0.9);
    public static final Confidence SET_OFF_REPORT = new Confidence("a report set off by commas: …, says X, …", 0.9);
    public static final Confidence OPENING_SOURCE = new Confidence("an opening 'according to X' vouches for the report", 0.9);

    public SaidBefore() {
        super(ID, 0.92, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`Smith said (that) “…”`, `Smith told reporters “…”`, `Smith said in a statement: “…”`, "
                + "`Said Smith, “…”`; in `Kennedy acknowledged that Khrushchev “…”` it is Kennedy, in "
                + "`According to pool reports, Obama said “…”` the opening source, and in `CNN, Cruz "
                + "said, called it “…”` or `The paradox, says Carl Anthony, a historian, is that “…”` the "
                + "report set off by commas; a he/she clause with its own frame between the verb and the "
                + "quote takes it (`Reid said …, but he gave the Texan a compliment: “…”`); a participle "
                + "right after `X said,` continues X; in `Rubio was asked by moderator Gerard Baker, “…”` "
                + "the asker; participles (\", saying …\") take the main clause's subject, past datelines "
                + "and opening phrases; one frame governs several partial quotes";
    }

    @Override
    public String example() {
        return "Smith said (that) “…”";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(COLON, INVERTED, ASKED_BY, SET_OFF_REPORT, OPENING_SOURCE);
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.saidBefore(state, q);
    }
}
