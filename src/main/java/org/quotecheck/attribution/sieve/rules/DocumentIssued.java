package org.quotecheck.attribution.sieve.rules;

import java.util.Optional;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class DocumentIssued extends Rule {

    public static final String ID = "document-issued";

    public DocumentIssued() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "the issuer of a statement, memo or email speaks through it: `X released a statement "
                + "Monday calling it “…”`, `X sent out an email to supporters, saying “…”`, `X delivered "
                + "a retort: “…”` (yields to a speech verb whose subject stands before the issuing verb)";
    }

    @Override
    public String example() {
        return "X released a statement Monday calling it “…”";
    }

    /** "Roe said she issued a statement: “…”": the speech verb's own subject, standing before the document, decides. */
    @Override
    public Optional<String> yieldsTo() {
        return Optional.of(SaidBefore.ID);
    }

    @Override
    public boolean defers(State state, Evidence own, Evidence other) {
        return other.mention() != null && other.mention().from() < own.cue().from();
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.documentIssued(state, q);
    }
}
