package org.quotecheck.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private static List<NdjsonLines.Line> read(byte[] bytes, int maxLine) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes), maxLine, Long.MAX_VALUE);
        List<NdjsonLines.Line> all = new ArrayList<>();
        for (NdjsonLines.Line l; (l = lines.next()) != null; ) {
            all.add(l);
        }
        return all;
    }

    @Test
    void splitsAtLineFeedsDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        List<NdjsonLines.Line> lines = read("{\"a\":1}\r\n\n{\"b\":“2”}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8), 100);
        assertEquals(List.of(new NdjsonLines.Line(1, "{\"a\":1}", null), new NdjsonLines.Line(2, "", null),
                new NdjsonLines.Line(3, "{\"b\":“2”}", null), new NdjsonLines.Line(4, "{\"c\":3}", null)), lines);
    }

    @Test
    void aTooLongLineIsReportedAndSkippedToItsEnd() throws IOException {
        String big = "x".repeat(200_000); // longer than the reader's buffer too
        List<NdjsonLines.Line> lines = read(("ok\n" + big + "\nafter\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertEquals(3, lines.size());
        assertEquals("ok", lines.get(0).text());
        assertNull(lines.get(1).text());
        assertEquals("The line is longer than 1000 bytes.", lines.get(1).problem());
        assertEquals(new NdjsonLines.Line(3, "after", null), lines.get(2));
    }

    @Test
    void invalidUtf8SpoilsOnlyItsOwnLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("first\n".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        out.write("third\n".getBytes(StandardCharsets.UTF_8));
        List<NdjsonLines.Line> lines = read(out.toByteArray(), 100);
        assertEquals("first", lines.get(0).text());
        assertEquals("The line is not valid UTF-8.", lines.get(1).problem());
        assertEquals("third", lines.get(2).text());
    }

    @Test
    void theWholeUploadHasALimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        NdjsonLines lines = new NdjsonLines(endless, 10, 1_000_000);
        assertThrows(NdjsonLines.UploadTooLargeException.class, () -> {
            while (lines.next() != null) {
                // an endless line of 'a': each is too long, and the total runs out
            }
        });
    }
}
