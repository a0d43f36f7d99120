package org.quotecheck.attribution;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link QuoteExtractor#standard()} over a JSONL file of articles ({"id", "text", ...} per
 * line) and writes predictions in the shape of ../shared/eval/score.py, with code-point offsets.
 * Usage: {@code java -cp target/classes:target/test-classes org.quotecheck.attribution.EvalHarness in.jsonl out.jsonl}
 */
public final class EvalHarness {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvalHarness <articles.jsonl> <predictions.jsonl>");
            System.exit(2);
        }
        QuoteExtractor ex = QuoteExtractor.standard();
        long chars = 0;
        long nanos = 0;
        int docs = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(line);
                String text = (String) doc.get("text");
                long t0 = System.nanoTime();
                List<AttributedQuotation> qs = ex.extract(text);
                nanos += System.nanoTime() - t0;
                chars += text.length();
                docs++;
                out.write(toJson((String) doc.get("id"), text, qs));
                out.newLine();
            }
        }
        System.err.printf("%d articles, %.1f MB chars, %.0f ms in extract (first pass, cold JIT)%n", docs,
                chars / 1e6, nanos / 1e6);
    }

    static String toJson(String id, String text, List<AttributedQuotation> qs) {
        StringBuilder b = new StringBuilder();
        b.append("{\"id\":").append(MiniJson.quote(id)).append(",\"quotations\":[");
        for (int k = 0; k < qs.size(); k++) {
            AttributedQuotation q = qs.get(k);
            if (k > 0) {
                b.append(',');
            }
            b.append("{\"start\":").append(cp(text, q.span().start())).append(",\"end\":").append(cp(text, q.span().end()))
                    .append(",\"text\":").append(MiniJson.quote(q.text())).append(",\"speaker\":");
            Speaker s = q.speaker();
            if (s == null) {
                b.append("null");
            } else {
                b.append("{\"name\":").append(MiniJson.quote(s.name())).append(",\"role\":").append(MiniJson.quote(s.role())).append(",\"type\":").append(MiniJson.quote(s.type().name()))
                        .append(",\"mention\":{\"text\":").append(MiniJson.quote(s.mention().text()))
                        .append(",\"start\":").append(cp(text, s.mention().span().start()))
                        .append(",\"end\":").append(cp(text, s.mention().span().end())).append("}}");
            }
            b.append(",\"cue\":").append(q.cue() == null ? "null" : MiniJson.quote(q.cue().text()));
            b.append(",\"rule\":").append(MiniJson.quote(q.rule())).append(",\"confidence\":").append(q.confidence()).append('}');
        }
        return b.append("]}").toString();
    }

    /** UTF-16 index to code-point index. */
    static int cp(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }
}
