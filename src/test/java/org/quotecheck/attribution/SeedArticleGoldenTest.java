package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed article's expected quotations (code-point offsets) are reproduced exactly. */
class SeedArticleGoldenTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    @SuppressWarnings("unchecked")
    void seedArticleGivesAllFiveQuotationsWithTheirSpeakersCuesAndOffsets() throws IOException {
        String text = Files.readString(SEEDS.resolve("000_f996ac05e5b472b3.txt"), StandardCharsets.UTF_8);
        Map<String, Object> expected = (Map<String, Object>) MiniJson.parse(
                Files.readString(SEEDS.resolve("000_f996ac05e5b472b3.expected.json"), StandardCharsets.UTF_8));
        List<Map<String, Object>> want = (List<Map<String, Object>>) expected.get("quotations");

        List<AttributedQuotation> got = QuoteExtractor.standard().extract(text);

        assertEquals(want.size(), got.size(), "number of quotations");
        for (int i = 0; i < want.size(); i++) {
            Map<String, Object> w = want.get(i);
            AttributedQuotation g = got.get(i);
            String where = "quotation " + i;
            assertEquals(w.get("text"), g.text(), where);
            assertEquals(num(w.get("start")), cp(text, g.span().start()), where + " start");
            assertEquals(num(w.get("end")), cp(text, g.span().end()), where + " end");
            Map<String, Object> ws = (Map<String, Object>) w.get("speaker");
            assertNotNull(g.speaker(), where + " speaker");
            assertEquals(ws.get("name"), g.speaker().name(), where + " name");
            assertEquals(ws.get("role"), g.speaker().role(), where + " role");
            Map<String, Object> wm = (Map<String, Object>) ws.get("mention");
            assertEquals(wm.get("text"), g.speaker().mention().text(), where + " mention");
            assertEquals(num(wm.get("start")), cp(text, g.speaker().mention().span().start()), where + " mention start");
            assertEquals(num(wm.get("end")), cp(text, g.speaker().mention().span().end()), where + " mention end");
            Map<String, Object> wc = (Map<String, Object>) w.get("cue");
            assertNotNull(g.cue(), where + " cue");
            assertEquals(wc.get("text"), g.cue().text(), where + " cue");
            assertEquals(num(wc.get("start")), cp(text, g.cue().span().start()), where + " cue start");
            assertEquals(num(wc.get("end")), cp(text, g.cue().span().end()), where + " cue end");
        }
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static int cp(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }
}
