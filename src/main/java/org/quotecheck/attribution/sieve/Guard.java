package org.quotecheck.attribution.sieve;

/**
 * A check of the sieve around its rules. Before each rule, {@link #before} may stop the sieve for
 * the quotation (it stays unattributed); after a rule found evidence, {@link #after} may pass it,
 * skip to the next rule, or stop.
 */
public interface Guard {

    enum Verdict { PASS, SKIP_RULE, STOP }

    String id();

    /** One paragraph for reviewers: what the guard refuses and why. */
    String description();

    /** A sentence whose quotation the guard acts on. */
    String example();

    /** Whether the guard concerns quotation {@code q}; asked once a quotation, before any rule. */
    boolean holds(State state, int q);

    /** For a quotation it holds for: whether the sieve stops before {@code rule}. */
    default boolean stopsBefore(Rule rule, State state, int q) {
        return false;
    }

    /** For a quotation it holds for: what becomes of the evidence {@code rule} found. */
    default Verdict after(Rule rule, State state, int q, Evidence evidence) {
        return Verdict.PASS;
    }
}
