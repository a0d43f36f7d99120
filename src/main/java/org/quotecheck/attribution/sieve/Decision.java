package org.quotecheck.attribution.sieve;

/**
 * The sieve's verdict on one quotation: the rule (or step) that decided, its evidence and the
 * confidence it carries.
 */
public record Decision(Rule rule, Evidence evidence, double confidence) {

    public String ruleId() {
        return rule.id();
    }
}
