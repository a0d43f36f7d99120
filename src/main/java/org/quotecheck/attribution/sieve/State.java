package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.text.Doc;

/**
 * The sieve's work on one article: the document and the decisions made so far. Quotations are
 * decided left to right, so a rule may read the decisions of earlier quotations (an interrupted
 * quotation shares the frame of the piece before it).
 */
public final class State {

    private final Doc doc;
    private final Decision[] decisions;

    State(Doc doc) {
        this.doc = doc;
        this.decisions = new Decision[doc.quotes().size()];
    }

    public Doc doc() {
        return doc;
    }

    /** The decision on quotation {@code q}, null while (or when) no rule decided it. */
    public Decision decision(int q) {
        return decisions[q];
    }

    /** The evidence of the decision on quotation {@code q}, or null. */
    public Evidence evidence(int q) {
        return decisions[q] == null ? null : decisions[q].evidence();
    }

    /** The id of the rule that decided quotation {@code q}, or null. */
    public String ruleOf(int q) {
        return decisions[q] == null ? null : decisions[q].ruleId();
    }

    void decide(int q, Decision d) {
        decisions[q] = d;
    }

    public int quotations() {
        return decisions.length;
    }
}
