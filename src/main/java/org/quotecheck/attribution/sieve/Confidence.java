package org.quotecheck.attribution.sieve;

/**
 * How sure a rule is of a decision: the value the rule declares, or a named variant of it (a
 * frame after a full stop is less sure than one after a comma). Every confidence in the output is
 * one of these, so the Rules page can list every value a rule may give and why.
 *
 * @param name  "declared" for the rule's own value, otherwise a short phrase saying when it applies
 * @param value in [0, 1]
 */
public record Confidence(String name, double value) {

    public static final String DECLARED = "declared";

    public Confidence {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + value);
        }
    }

    static Confidence declared(double value) {
        return new Confidence(DECLARED, value);
    }
}
