package org.quotecheck.attribution.sieve;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of the attribution sieve: an id (the {@code rule} of every quotation it decides), a
 * declared confidence, a description with an example sentence for reviewers, its {@link Trait}s,
 * and {@link #match}. A rule reads the document and the decisions made so far, and never writes.
 *
 * <p>Where a rule defers to another, it says so with {@link #yieldsTo()}: the driver runs that
 * rule and asks {@link #defers} whether its evidence wins.
 */
public abstract class Rule {

    private final String id;
    private final Confidence confidence;
    private final Set<Trait> traits;

    protected Rule(String id, double confidence, Trait... traits) {
        this.id = id;
        this.confidence = Confidence.declared(confidence);
        this.traits = traits.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(traits[0], traits));
    }

    public final String id() {
        return id;
    }

    /** The confidence of a decision whose evidence names no variant. */
    public final Confidence confidence() {
        return confidence;
    }

    public final Set<Trait> traits() {
        return traits;
    }

    public final boolean has(Trait trait) {
        return traits.contains(trait);
    }

    /** One paragraph for reviewers: what the rule reads and when it holds back. */
    public abstract String description();

    /** A sentence the rule decides, with its quotation. */
    public abstract String example();

    /** The named variants of the declared confidence that {@link #match} may give. */
    public List<Confidence> variants() {
        return List.of();
    }

    /** The evidence for quotation {@code q}, or null when the rule does not apply. */
    public abstract Evidence match(State state, int q);

    /** The id of a later rule this one defers to, checked by {@link #defers}. */
    public Optional<String> yieldsTo() {
        return Optional.empty();
    }

    /**
     * Whether {@code other}, the evidence of the rule named by {@link #yieldsTo()} for the same
     * quotation, decides instead of {@code own}. Called only when both found evidence.
     */
    public boolean defers(State state, Evidence own, Evidence other) {
        return false;
    }

    /** The confidence a decision on {@code evidence} carries. */
    public final double confidenceOf(Evidence evidence) {
        return evidence.variant().orElse(confidence).value();
    }

    @Override
    public String toString() {
        return id;
    }
}
