package org.quotecheck.attribution.sieve;

/** Properties of a rule that the driver and the other steps of the sieve act on. */
public enum Trait {
    /**
     * The rule finds no frame next to the quotation (it carries a speaker over from the paragraph):
     * a one-word scare quote or a short term after a determiner stops the sieve before it.
     */
    WEAK,
    /**
     * The rule reads a frame right at the quotation: a transcript label inside the quotation
     * ("“CLINTON: …”") does not override it.
     */
    STRONG,
    /**
     * The rule carries a speaker over from an earlier mention: after the sieve, the mention moves to
     * the agreeing he/she nearest the quotation (the earlier mention still names the speaker).
     */
    REANCHORED,
    /**
     * The rule reads only the subject of the quotation's clause, with no speech verb: before a
     * one-word scare quote in the first paragraph it does not run, and after one it may only name a
     * person.
     */
    SUBJECT_ONLY
}
