package org.quotecheck.attribution.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FirstNameGazetteerTest {

    private final FirstNameGazetteer names = FirstNameGazetteer.standard();

    @Test
    void shippedGazetteerKnowsCommonNamesWithTheirGender() {
        assertEquals(Gender.FEMALE, names.gender("Margaret"));
        assertEquals(Gender.MALE, names.gender("Gregory"));
        assertTrue(names.size() > 10_000, "the shipped list has about 11,700 names");
    }

    @Test
    void namesGivenToBothSexesAreAmbiguous() {
        assertEquals(Gender.EITHER, names.gender("Jordan"));
        assertEquals(Gender.EITHER, names.gender("Leslie"));
        FirstNameGazetteer.Entry jordan = names.lookup("Jordan").orElseThrow();
        assertTrue(jordan.femaleBirths() > 0 && jordan.maleBirths() > 0);
    }

    @Test
    void lookupIgnoresCase() {
        assertEquals(Gender.FEMALE, names.gender("MARGARET"));
        assertEquals(Gender.FEMALE, names.gender("margaret"));
    }

    @Test
    void wordsThatAreNoFirstNamesAreUnknown() {
        assertFalse(names.isFirstName("Already"));
        assertFalse(names.isFirstName("Senate"));
        assertFalse(names.isFirstName(null));
        assertEquals(Gender.UNKNOWN, names.gender("Committee"));
    }

    @Test
    void readsTheShortFormatWithoutCounts() {
        FirstNameGazetteer g = read("# comment\nAnn\tF\nAlex\tFM\n");
        assertEquals(Gender.FEMALE, g.gender("ann"));
        assertEquals(Gender.EITHER, g.gender("Alex"));
        assertEquals(2, g.size());
    }

    @Test
    void malformedOrEmptyGazetteerIsRefusedWithItsSource() {
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> read("Ann\n"));
        assertTrue(bad.getMessage().contains("test.tsv"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("Ann\tX\n"));
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> read("# only a comment\n"));
        assertTrue(empty.getMessage().contains("no entries"), empty.getMessage());
    }

    @Test
    void missingDataFileFailsWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EntityResources.dataLines("no-such-list.txt"));
        assertTrue(e.getMessage().contains("org/quotecheck/attribution/entity/no-such-list.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    private static FirstNameGazetteer read(String data) {
        return FirstNameGazetteer.read("test.tsv", new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    }
}
