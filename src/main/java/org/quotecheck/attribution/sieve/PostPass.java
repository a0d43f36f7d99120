package org.quotecheck.attribution.sieve;

/** A step after the rules have decided every quotation: it revisits decisions with the whole article in view. */
public interface PostPass {

    String id();

    /** One paragraph for reviewers: what the step changes and why. */
    String description();

    /** A sentence whose decision the step changes. */
    String example();

    void apply(State state);
}
