package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our own article exercising canonical names: every quotation's speaker name, role and mention.
 * Pronouns never resolve to organisations, unnamed sources keep a null name, roles come from
 * titles before a name and from appositives after it.
 */
class CanonicalNamesGoldenTest {

    private static String article() throws IOException {
        try (InputStream in = CanonicalNamesGoldenTest.class.getResourceAsStream("/articles/canonical-names.txt")) {
            assertNotNull(in, "article resource");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Want(String quote, String name, String role, String mention) {
    }

    private static final List<Want> WANT = List.of(
            new Want("We have waited long enough,", "Jane Porter", "Mayor", "Porter"),
            new Want("This city deserves a modern transit system.", "Jane Porter", "Mayor", "Porter"),
            new Want("Public transit is a civil right,", "Hillary Clinton", "former secretary of state", "Mrs. Clinton"),
            new Want("It is a boondoggle,", "Robert Vance", "Sen.", "the senator"),
            new Want("basic arithmetic.", "Robert Vance", "Sen.", "He"),
            new Want("The budget is fully funded,", null, null, "a spokesperson"),
            new Want("within months.", null, null, "Officials"),
            new Want("no homes will be demolished.", "Daily Ledger", null, "the Ledger"),
            new Want("The senator is wrong,", "Jane Porter", "Mayor", "she"));

    @Test
    void everyQuotationGetsTheCanonicalNameRoleAndMention() throws IOException {
        List<AttributedQuotation> got = QuoteExtractor.standard().extract(article());
        assertEquals(WANT.size(), got.size(), "number of quotations");
        for (int i = 0; i < WANT.size(); i++) {
            Want w = WANT.get(i);
            AttributedQuotation g = got.get(i);
            String where = "quotation " + i + " [" + w.quote() + "]";
            assertEquals(w.quote(), g.text(), where);
            assertNotNull(g.speaker(), where + " speaker");
            assertEquals(w.name(), g.speaker().name(), where + " name");
            assertEquals(w.role(), g.speaker().role(), where + " role");
            assertEquals(w.mention(), g.speaker().mention().text(), where + " mention");
        }
    }
}
