package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions resolve to the fullest name the article gives, with the role apart. Our own sentences. */
class NameResolverTest {

    private static Speaker last(String text) {
        List<AttributedQuotation> qs = QuoteExtractor.standard().extract(text);
        return qs.get(qs.size() - 1).speaker();
    }

    @Test
    void aSurnameResolvesToTheFirstFullMentionWithItsRole() {
        Speaker s = last("Agriculture Minister Lena Vogt visited the farm on Monday.\n\n"
                + "Vogt said “the drought is over for now.”");
        assertEquals("Lena Vogt", s.name());
        assertEquals("Agriculture Minister", s.role());
        assertEquals("Vogt", s.mention().text());
    }

    @Test
    void aFamilyNameFirstNameResolves() {
        Speaker s = last("State Councilor Chen Bo met the envoy.\n\nChen asserted that “trade will grow next year.”");
        assertEquals("Chen Bo", s.name());
        assertEquals("State Councilor", s.role());
    }

    @Test
    void anHonorificIsDroppedAndTheFullNameFound() {
        Speaker s = last("Grace Holloway runs the bakery.\n\n“Bread is a right,” Mrs. Holloway said.");
        assertEquals("Grace Holloway", s.name());
        assertNull(s.role());
    }

    @Test
    void aPronounResolvesToTheEarlierPerson() {
        Speaker s = last("“We will appeal,” said Omar Haddad, the union's lawyer.\n\n"
                + "The court met again on Tuesday.\n\n“The ruling ignores the contract,” he said.");
        assertEquals("he", s.mention().text());
        assertEquals("Omar Haddad", s.name());
    }

    @Test
    void aTitleResolvesToThePersonWhoHoldsIt() {
        Speaker s = last("Sen. Marta Olsen filed the bill.\n\n“It is overdue,” the senator said.");
        assertEquals("Marta Olsen", s.name());
        assertEquals("the senator", s.mention().text());
    }

    @Test
    void anOrganisationLosesItsArticle() {
        Speaker s = last("As the Harbor Gazette reported, “the ferry will stop in June.”");
        assertEquals("Harbor Gazette", s.name());
        assertEquals("the Harbor Gazette", s.mention().text());
    }

    @Test
    void anUnnamedSourceKeepsItsMentionAndHasNoName() {
        Speaker s = last("“The deal is done,” a source familiar with the talks said.");
        assertNull(s.name());
        assertEquals("a source familiar with the talks", s.mention().text());
        Speaker aides = last("“He will run,” aides said.");
        assertNull(aides.name());
        assertEquals("aides", aides.mention().text());
    }
}
