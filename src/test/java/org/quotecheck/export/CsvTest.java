package org.quotecheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV writer against the strict RFC 4180 parser, and its formula guard. */
class CsvTest {

    private static String write(List<Object> cells) {
        StringWriter out = new StringWriter();
        new Csv(out).record(cells);
        return out.toString();
    }

    @Test
    void commasQuotesAndLineBreaksSurviveARoundTrip() {
        List<Object> cells = Arrays.asList("plain", "a, b", "she said \"no\"", "two\nlines", "cr\r\nlf", "", null, 42);
        String csv = write(cells);
        assertEquals("plain,\"a, b\",\"she said \"\"no\"\"\",\"two\nlines\",\"cr\r\nlf\",,,42\r\n", csv);
        assertEquals(List.of(List.of("plain", "a, b", "she said \"no\"", "two\nlines", "cr\r\nlf", "", "", "42")),
                CsvRecords.parse(csv));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        List<Object> cells = Arrays.asList("=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tx",
                "a=b", "safe -1", -1, 2.5);
        assertEquals(List.of(List.of("'=HYPERLINK(\"http://evil.example\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx",
                "a=b", "safe -1", "-1", "2.5")), CsvRecords.parse(write(cells)));
    }

    @Test
    void theTestParserRefusesWhatRfc4180Forbids() {
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a\"b\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("\"a\"b\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a\nb\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a,b"));
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("\"open\r\n"));
    }
}
