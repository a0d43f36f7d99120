package org.quotecheck.attribution.sieve;

/** A step between a rule's match and its decision that may rewrite the evidence. */
public interface Refinement {

    String id();

    /** One paragraph for reviewers. */
    String description();

    String example();

    /** The evidence, rewritten or as it is; null when it does not hold and the next rule is tried. */
    Evidence refine(State state, int q, Evidence evidence);
}
