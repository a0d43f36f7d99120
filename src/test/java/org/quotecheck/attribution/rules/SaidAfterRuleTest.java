package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code said-after} rule ({@code sieve.rules.SaidAfter}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class SaidAfterRuleTest extends RuleTable {

    static final String RULE = "said-after";

    SaidAfterRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("said after takes the speaker named right after the quote",
                        "“The harbour will reopen in May,” Maria Lopez said on Friday.",
                        "Maria Lopez", "said"),
                Arguments.of("a finite verb after the quote still frames it",
                        "“We start in June,” added Ines Duarte, the mayor.",
                        "Ines Duarte", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("said after ignores the next sentences subject",
                        "The report calls the plan “a failure of nerve.” He said the council will vote today."));
    }

    @Test
    void saidAfterAcceptsTheInvertedOrderAndALongAppositive() {
        assertEquals("the harbour master", mention(only("“We are ready,” said the harbour master.")));
        assertEquals("Hugo Brandt", mention(only(
                "“It was close,” Hugo Brandt, a surgeon who worked nights at the county hospital for years, said.")));
    }

    @Test
    void aParticipleAfterTheQuoteContinuesTheFrameBeforeIt() {
        AttributedQuotation q = only("Mayor Ines Duarte called the plan “bold,” adding that the council would vote soon.");
        assertNotEquals("said-after", q.rule());
        assertEquals("Mayor Ines Duarte", mention(q));
    }

    // said-before, colon frames
    @Test
    void rarerReportingVerbsCount() {
        for (String verb : List.of("sighed", "grumbled", "quipped", "wrote", "tweeted", "warned", "insisted")) {
            AttributedQuotation q = only("“That was the last train,” Petra Novak " + verb + ".");
            assertEquals("Petra Novak", mention(q), verb);
        }
    }

    // party labels
    @Test
    void aPartyLabelBetweenNameAndVerbIsSkipped() {
        AttributedQuotation q = only("“We will not fold,” Rep. Dana Whitfield (D-Ohio) said on Friday.");
        assertEquals("said-after", q.rule());
        assertEquals("Rep. Dana Whitfield", mention(q));
        AttributedQuotation before = only("Sen. Tom Hale (R-Utah) said the plan was “dead on arrival.”");
        assertEquals("Sen. Tom Hale", mention(before));
    }

    @Test
    void moreVerbsOfSpeechAndWritingFrameQuotes() {
        for (String verb : List.of("barked", "riffed", "elaborated", "remembered", "blamed", "decried")) {
            AttributedQuotation q = only("“Nobody reads the fine print,” Petra Novak " + verb + ".");
            assertEquals("Petra Novak", mention(q), verb);
        }
    }

    @Test
    void anHonorificStartsTheNameAfterAnInvertedVerb() {
        AttributedQuotation q = only("“The trial failed,” said Dr. Ines Mora, a surgeon at the county hospital.");
        assertEquals("Dr. Ines Mora", mention(q));
    }

    // "that" after a quotation opens a clause
    @Test
    void aThatClauseAfterAQuoteIsNoSubjectTheLaterFrameSpeaks() {
        AttributedQuotation q = only("“It seems most unlikely” that Lind can win, said Omar Haddad, a party strategist.");
        assertEquals("Omar Haddad", mention(q));
    }

    @Test
    void aNameAfterAQuoteStillSpeaksWithoutThat() {
        AttributedQuotation q = only("“It seems most unlikely,” Omar Haddad, a party strategist, said.");
        assertEquals("Omar Haddad", mention(q));
    }

    // where a subject ends: verbs after nouns, clauses after "after"
    @Test
    void aReportAfterThePartialQuoteStillWinsWhenItClosesTheSentence() {
        AttributedQuotation q = last(body("Ann Lee claimed on Tuesday that “the case was small,” one of the prosecutors said."));
        assertEquals("said-after", q.rule());
        assertEquals("one of the prosecutors", mention(q));
    }

    @Test
    void aQuoteModifyingTheNounAfterItHasNoFrameAfterIt() {
        AttributedQuotation q = last(body("Senate Democrats blocked the package because of \"poison pill\" measures added "
                + "by Republicans on other issues."));
        assertNotEquals("said-after", q.rule());
    }

    @Test
    void aQuoteWithoutItsCommaStillTakesANamedFrameAfterIt() {
        AttributedQuotation q = last(body("“We are ready” Ann Lee said."));
        assertEquals("said-after", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aNameWithAnUnclosedAppositiveBeforeTheVerbStillSpeaks() {
        AttributedQuotation q = EX.extract(body("“Clinton needs a strategy,” Nate Silver, the polling guru who founded the "
                + "site tweeted on Wednesday.")).get(0);
        assertEquals("said-after", q.rule());
        assertEquals("Nate Silver", mention(q));
    }

    @Test
    void aNewSentenceAfterAClosedQuoteGivesNoUnclosedAppositive() {
        AttributedQuotation q = EX.extract(body("“It was not ordinary.” Ann Lee, the mayor who ran the city tweeted "
                + "a photo.")).get(0);
        assertNotEquals("Ann Lee", mention(q));
    }
}
