package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule's table of sentences: a subclass names the rule and declares {@code static decides()}
 * (spec, text, expected mention, expected cue or null) and {@code static leavesAlone()} (spec, text).
 */
abstract class RuleTable {

    private final String rule;

    RuleTable(String rule) {
        this.rule = rule;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decides")
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(rule, text, speaker, cue);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leavesAlone")
    void leavesAlone(String spec, String text) {
        assertLeavesAlone(rule, text);
    }
}
