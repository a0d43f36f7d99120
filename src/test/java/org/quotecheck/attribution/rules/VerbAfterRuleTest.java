package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.all;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code verb-after} rule ({@code sieve.rules.VerbAfter}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class VerbAfterRuleTest {

    @Test
    void aPastVerbOutsideTheLexiconAfterTheQuotationReportsIt() {
        List<AttributedQuotation> qs = all("Vera Lind answered every question at the rally. \n\n"
                + "“We will build the bridge by spring,” she beamed.\n\n"
                + "“Who is going to pay for it?” Otto Brandt went on, ignoring her.");
        assertEquals("verb-after", qs.get(0).rule());
        assertEquals("she", mention(qs.get(0)));
        assertEquals("verb-after", qs.get(1).rule());
        assertEquals("Otto Brandt", mention(qs.get(1)));
    }

    @Test
    void aPresentFormAfterHeSheOrTheyIsTheirVerb() {
        List<AttributedQuotation> qs = all("The editors wrote a long piece.\n\n“The law is clear and it must be enforced,” they conclude.");
        assertEquals("verb-after", qs.get(0).rule());
        assertEquals("they", mention(qs.get(0)));
    }

    @Test
    void aPresentFormAfterANameMayBeANounAndFramesNothing() {
        List<AttributedQuotation> qs = all("The hall was quiet.\n\n“Nobody listens to the farmers anymore,” Hale rallies drew only dozens.");
        assertNotEquals("verb-after", qs.get(0).rule());
    }

    @Test
    void anInvertedPastVerbWithANameReportsTheQuotation() {
        List<AttributedQuotation> qs = all("The hall was full. \n\n“This is wonderful!” exulted Mara Quint of Dayton, who drove four hours.");
        assertEquals("verb-after", qs.get(0).rule());
        assertEquals("Mara Quint of Dayton", mention(qs.get(0)));
    }

    @Test
    void roleWordsBeforeTheNameBelongToTheSpeakerMention() {
        List<AttributedQuotation> qs = all("“The count will take a week,” county election official Ruth Amsel cautioned.");
        assertEquals("county election official Ruth Amsel", mention(qs.get(0)));
    }

    @Test
    void aCapitalisedPronounAfterAnExclamationOpensTheNextSentenceNotAFrame() {
        List<AttributedQuotation> qs = all("Pia Holm wrote to her brother, urging him, “come home soon!” She waited for a reply.");
        assertNotEquals("verb-after", qs.get(0).rule());
        assertNotEquals("She", mention(qs.get(0)));
    }

    @Test
    void aFullStopInsideTheQuotationEndsItsSentenceSoTheNextVerbIsNoFrame() {
        List<AttributedQuotation> qs = all("Ned Carr spoke first. “We are ready.” The mayor nodded.");
        assertNotEquals("verb-after", qs.get(0).rule());
        assertNotEquals("The mayor", mention(qs.get(0)));
    }
}
