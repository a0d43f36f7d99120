package org.quotecheck.attribution.sieve.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.sieve.Rule;

/**
 * The example a reviewer reads for each frame rule is a sentence the standard pipeline really
 * attributes with that rule, and its description is one paragraph.
 */
class FrameRuleExamplesTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

    private static final List<Rule> RULES = List.of(new PassiveAgent(), new DocumentIssued(), new PossessiveStatement(),
            new TextSubject(), new ChantObject(), new HerePresents(), new VerbAfter(), new RelativeThat(),
            new InvertedBefore(), new AfterReportingSentence(), new DocumentBefore());

    @TestFactory
    Stream<DynamicTest> eachExampleIsDecidedByItsOwnRule() {
        return RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<AttributedQuotation> qs = EXTRACTOR.extract(rule.example());
            assertEquals(1, qs.size(), rule.example());
            assertEquals(rule.id(), qs.get(0).rule(), rule.example());
            assertTrue(qs.get(0).speaker() != null, "the example credits a speaker");
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachDescriptionIsOneParagraphThatSaysWhenTheRuleHoldsBack() {
        return RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            String text = rule.description();
            assertFalse(text.contains("\n"), "one paragraph");
            assertTrue(text.contains("holds back"), "says when the rule does not apply");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aSentenceWithoutTheFrameIsNotDecidedByTheRule() {
        // the same quotations with their frames taken away: no rule of this family may claim them
        return Stream.of(
                "The new tax was described as “a gift to the wealthiest families in town.”",
                "Outside city hall the mayor was met with chants of “Open the books, open the doors.”",
                "“We will rebuild the bridge before the first snow.” The engineer surmised nothing.",
                "The council met on Monday.\n\n“We regret the delay and will fix the roads by spring.”")
                .map(text -> DynamicTest.dynamicTest(text, () -> {
                    for (AttributedQuotation q : EXTRACTOR.extract(text)) {
                        assertFalse(RULES.stream().anyMatch(r -> r.id().equals(q.rule())), text + " -> " + q.rule());
                    }
                }));
    }
}
