package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code clause-subject} rule ({@code sieve.rules.ClauseSubject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ClauseSubjectRuleTest {

    static final String RULE = "clause-subject";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("a partial quote belongs to the subject of its clause",
                        "In turn, Okonkwo was critical of plans to impose “rules made far from here on every village.”",
                        "Okonkwo", "was critical of"),
                Arguments.of("a personal pronoun still speaks as clause subject",
                        "She was critical of efforts to impose “rules nobody voted for” on the town.",
                        "She", null),
                Arguments.of("an opening subordinate clause does not give the clause subject",
                        "As the rain began, Okonkwo was critical of plans to impose “rules made far from here on every village.”",
                        "Okonkwo", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
    }

    @Test
    void anOpeningParticiplePhraseIsNoClauseSubject() {
        AttributedQuotation q = only("Speaking to farmers in the valley, Okonkwo was critical of plans to impose “rules made far from here.”");
        assertEquals("Okonkwo", mention(q));
    }

    @Test
    void aNameEndingInIngStillStartsAClause() {
        AttributedQuotation q = only("In the end, Browning was critical of plans to impose “rules made far from here.”");
        assertEquals("Browning", mention(q));
    }

    @Test
    void aDummyItOrThereIsNoClauseSubjectSpeaker() {
        assertNull(only("It was a season of “quiet despair” for the growers.").speaker());
        assertNull(only("There were warnings of “serious harm” to the valley.").speaker());
    }

    @Test
    void aCapitalisedParticipleOpeningTheSentenceIsNoClauseSubjectSpeaker() {
        assertNull(only("Frustrated by delays over the bridge repairs, “enough is enough” became the slogan.").speaker());
    }

    // "as X put it"
    @Test
    void aCapitalisedParticipleOpeningASentenceIsNoClauseSubject() {
        AttributedQuotation q = only("Following Monday's debate the crowd was asked about “thousands of shootings” in the city.");
        assertNotEquals("Following Monday", mention(q));
    }

    @Test
    void theSubjectOfAnOpeningSubordinateClauseIsNoSpeaker() {
        AttributedQuotation q = only("When the storm grew worse, “the old drains under the square” overflowed again.");
        assertNotEquals("the storm", mention(q));
    }

    // subjects behind appositives: dashes, parentheses, relative clauses
    @Test
    void clauseSubjectReachesANameAcrossItsRelativeClause() {
        AttributedQuotation q = last(body("Stuart Stevens, who ran the 2012 campaign for the party, called the "
                + "statements and actions of the mayor on Sunday “childish.”"));
        assertEquals("clause-subject", q.rule());
        assertEquals("Stuart Stevens", mention(q));
        assertEquals("called", q.cue().text());
    }

    @Test
    void clauseSubjectIgnoresAnOpeningDateWithItsAppositive() {
        AttributedQuotation q = last(body("Monday, the day of the vote, brought what some called “chaos.”"));
        assertNotEquals("Monday", mention(q));
    }

    @Test
    void anOpeningTimePhraseIsNoClauseSubject() {
        AttributedQuotation q = last(body("Earlier this week, Ann Lee shared a bit of her anxiety with an audience at a "
                + "fundraiser, “I do not know which candidate will show up.”"));
        assertEquals("clause-subject", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aContrastingClauseNearerTheQuoteGivesItsOwnSubject() {
        AttributedQuotation q = last(body("Meanwhile, Ann Lee endorsed the deal, although she made it clear that she has "
                + "“serious concerns” about it."));
        assertEquals("clause-subject", q.rule());
        assertEquals("she", mention(q));
    }

    @Test
    void aReportedClausePronounIsNotTheNearerSubject() {
        AttributedQuotation q = last(body("Ann Lee was quick to praise the mayor and said this week that Bo Kim is "
                + "looking like he will be “very competitive” in November."));
        assertEquals("Ann Lee", mention(q));
    }
}
