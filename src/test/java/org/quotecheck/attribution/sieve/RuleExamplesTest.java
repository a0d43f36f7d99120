package org.quotecheck.attribution.sieve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;

/**
 * Every rule's example, as the Rules page shows it, is a sentence the standard pipeline really
 * attributes with that rule: an example that drifts from the rule's behaviour fails here.
 */
class RuleExamplesTest {

    static Stream<String> ruleIds() {
        return QuoteExtractor.standard().rules().stream().filter(r -> r.kind() == RuleInfo.Kind.RULE).map(RuleInfo::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void theExampleIsAttributedByItsRule(String id) {
        RuleInfo rule = QuoteExtractor.standard().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertFalse(rule.example().isBlank(), rule.id() + " has no example");
        List<AttributedQuotation> quotes = QuoteExtractor.standard().extract(rule.example());
        assertTrue(quotes.stream().anyMatch(q -> q.rule().equals(rule.id())),
                () -> rule.id() + ": its example is attributed by " + quotes.stream().map(AttributedQuotation::rule).toList());
    }
}
