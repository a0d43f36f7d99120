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
 * The {@code said-before} rule ({@code sieve.rules.SaidBefore}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class SaidBeforeRuleTest extends RuleTable {

    static final String RULE = "said-before";

    SaidBeforeRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("said before takes the subject of the reporting verb",
                        "Mayor Ana Ruiz told reporters that “the bridge is safe again.”",
                        "Mayor Ana Ruiz", "told"),
                Arguments.of("a report nested in another report is credited to the outer reporter",
                        "Councillor Ana Ruiz said on Monday that the mayor called the plan “reckless.”",
                        "Councillor Ana Ruiz", null),
                Arguments.of("a colon introduction attributes the quote",
                        "The minister said in a statement: “No school will close this year.”",
                        "The minister", null),
                Arguments.of("a naming participle after a comma frames the quote it names",
                        "The town voted.\n\nAna Ruiz defended the project, calling the new bridge across the " + "northern river a “lasting gift to everyone.”",
                        "Ana Ruiz", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("said before does not use an unrelated verb in a previous sentence",
                        "Okafor said nothing. The crowd wanted “a miracle on ice” tonight."),
                Arguments.of("a distant naming participle without a comma is no frame",
                        "The town voted.\n\nAna Ruiz ignored the neighbours calling the new bridge across the " + "northern river a “lasting gift to everyone.”"));
    }

    @Test
    void aReportInsideARelativeClauseKeepsItsOwnSpeaker() {
        AttributedQuotation q = only("Ana Ruiz said the budget passed, which the mayor said was “a reckless gamble with our savings.”");
        assertEquals("the mayor", mention(q));
    }

    @Test
    void saidBeforeKeepsTheReporterNotTheOneReported() {
        AttributedQuotation q = only("Lindqvist himself admitted that Okafor “simply outplayed me.”");
        assertEquals("Lindqvist", mention(q));
        assertEquals("Lindqvist", q.speaker().name());
    }

    @Test
    void aFrameGovernsSeveralPartialQuotesOfItsSentence() {
        List<AttributedQuotation> qs = EX.extract("Okafor said the club has “several options” for keeping the “unhappy” players.");
        assertEquals("Okafor", mention(qs.get(1)));
    }

    @Test
    void aFramedQuoteInBetweenStopsTheSearchForAnEarlierFrame() {
        List<AttributedQuotation> qs = EX.extract("Okafor said, “We are done.” Fans booed the “unhappy” players.");
        assertNotEquals("said-before", qs.get(1).rule());
    }

    // an inverted frame opening the sentence
    @Test
    void anOpeningSaidTakesTheNameAfterIt() {
        AttributedQuotation q = only("Said Dora Vance, who grew up on the street, “We were all so proud.”");
        assertEquals("Dora Vance", mention(q));
        assertEquals("Said", q.cue().text());
    }

    @Test
    void anOpeningSaidWithoutANameGivesNoInvertedFrame() {
        AttributedQuotation q = only("Said to be “the best in town,” the bakery closed.");
        assertNotEquals("the best in town", mention(q));
        assertNotEquals("Said", q.cue() == null ? null : q.cue().text());
    }

    // a naming participle after a comma frames what it names, however far
    // where a subject ends: verbs after nouns, clauses after "after"
    @Test
    void aFrameBeforeAPartialQuoteBeatsAReportAfterItThatHasItsOwnClause() {
        AttributedQuotation q = last(body("But even as Ann Lee claimed on Tuesday that “the case was small,” one of the "
                + "prosecutors said the two cases were quite different."));
        assertEquals("said-before", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void anOpeningAccordingToVouchesForTheReportItIntroduces() {
        AttributedQuotation q = last(body("According to pool reports, the mayor said “there is love” in the city."));
        assertEquals("pool reports", mention(q));
        assertEquals("According to", q.cue().text());
    }

    @Test
    void anAccordingToInsideTheReportLeavesTheReporter() {
        AttributedQuotation q = last(body("The mayor said, according to his notes, that “there is love” in the city."));
        assertEquals("The mayor", mention(q));
    }

    @Test
    void aFrameAfterAFullStopThatIntroducesTheNextQuoteIsNotThisOnes() {
        AttributedQuotation q = EX.extract(body("Luis Osuna told the paper: “A lot of people are assuming things.” "
                + "Ann Lee added that members are “proud.”")).get(0);
        assertEquals("said-before", q.rule());
        assertEquals("Luis Osuna", mention(q));
    }

    @Test
    void anInfinitiveFrameTakesTheSubjectOfTheVerbItHangsOn() {
        AttributedQuotation q = last(body("Ann Lee went on to say, “From the bottom of my soul, I know this is true.”"));
        assertEquals("said-before", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aNounBeforeToMakesNoInfinitiveFrame() {
        // whose chance it is the sentence does not say: no "to say" frame, and no "the mayor a" subject
        AttributedQuotation q = last(body("Ann Lee gave the mayor a chance to say “thank you” to the staff."));
        assertNotEquals("said-before", q.rule());
        assertNotEquals("the mayor a", mention(q));
    }

    @Test
    void referredToAsFramesALabel() {
        AttributedQuotation q = last(body("When Bo Kim announced his candidacy in June, he infamously referred to the "
                + "men as “criminals.”"));
        assertEquals("he", mention(q));
        assertEquals("referred", q.cue().text());
    }

    @Test
    void aContractedPronounStillSpeaks() {
        AttributedQuotation q = last(body("Ever since Bo Kim announced his candidacy last year, he's said the same "
                + "thing at every stop: “It is not about me.”"));
        assertEquals("he", mention(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void aPossessiveNounIsStillNoSpeechVerb() {
        AttributedQuotation q = last(body("Ann Lee read the senator's statement aloud: “We will vote no.”"));
        assertNotEquals("statement", mention(q));
    }

    @Test
    void aContrastingClauseWithItsOwnColonFrameTakesTheQuote() {
        AttributedQuotation q = last(body("Ann Lee said both men are “lightweights,” but she gave the mayor a "
                + "back-handed compliment: “You never have to guess where he is.”"));
        assertEquals("she", mention(q));
    }

    @Test
    void aContrastingClauseWithoutAFrameLeavesTheReport() {
        AttributedQuotation q = last(body("Ann Lee says there is a long road ahead but she feels confident that "
                + "the mayor will “blow away expectations.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aReportSetOffByCommasVouchesForTheClause() {
        AttributedQuotation q = last(body("The network, Ann Lee said, called the announcement “highly significant.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void anAppositiveWithoutASpeechVerbIsNoParentheticalReport() {
        AttributedQuotation q = last(body("The network, a cable channel, called the announcement “highly significant.”"));
        assertEquals("The network", mention(q));
    }

    @Test
    void anInvertedReportSetOffByCommasNamesTheSpeaker() {
        AttributedQuotation q = last(body("The paradox of the mayor, says Carl Anthony, a historian at the library, is "
                + "that she was “one of the most powerful first ladies.”"));
        assertEquals("Carl Anthony", mention(q));
    }

    @Test
    void theAgentOfAskedByAsksTheQuestion() {
        AttributedQuotation q = last(body("Ann Lee was asked by host Bo Kim, who backs her, “Now, you said that the emails "
                + "did not matter?”"));
        assertEquals("host Bo Kim", mention(q));
    }

    @Test
    void askedWithoutByKeepsItsSubject() {
        AttributedQuotation q = last(body("Ann Lee asked the crowd, “Who is ready to vote?”"));
        assertEquals("Ann Lee", mention(q));
    }
}
