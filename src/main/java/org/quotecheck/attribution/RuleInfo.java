package org.quotecheck.attribution;

import java.util.List;

/**
 * One step of the attribution pipeline as reviewers see it, taken from the step's own class (the
 * Rules page and {@code GET /api/v1/rules} show these; nothing else describes a rule).
 *
 * @param position    1-based place in the declared order
 * @param id          the {@code rule} of the quotations a rule decides; the step's name otherwise
 * @param kind        what the step does
 * @param description one paragraph: what it reads, when it holds back
 * @param example     a sentence it acts on
 * @param confidence  the declared confidence of a deciding step; null for steps that decide nothing
 * @param variants    named variants of the declared confidence
 * @param traits      the step's traits (WEAK, STRONG, REANCHORED, SUBJECT_ONLY), for rules
 * @param yieldsTo    the id of the rule this one defers to, or null
 */
public record RuleInfo(int position, String id, Kind kind, String description, String example, Double confidence,
        List<Variant> variants, List<String> traits, String yieldsTo) {

    public enum Kind { GUARD, RULE, REFINEMENT, POST_PASS, TRANSCRIPT_LABEL }

    /** A named variant of a rule's declared confidence. */
    public record Variant(String name, double confidence) {
    }

    public RuleInfo {
        variants = List.copyOf(variants);
        traits = List.copyOf(traits);
    }
}
