package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quotecheck.extraction.Span;

/**
 * A fingerprint of everything the core decides: every field of every quotation (offsets, speaker
 * name, role, mention, cue, rule, confidence) over the seed articles, every sentence the unit tests
 * ever fed the core, and the PolNeAR train and dev splits when {@code ../shared/eval} is present.
 *
 * <p>A refactoring must leave the fingerprint unchanged. A change of the rules changes it on
 * purpose: rerun with {@code -Dquotecheck.snapshot.write=true} to record the new one, and raise
 * the extractor version. Each run leaves the full predictions in {@code target/prediction-snapshot/}
 * so that two runs can be compared line by line ({@code diff}).
 *
 * <p>The corpus files hold no article text, only digests: PolNeAR may not be copied into the project.
 */
class PredictionSnapshotTest {

    private static final Path DIGESTS = Path.of("src/test/resources/snapshot/predictions.sha256");
    private static final Path OUT = Path.of("target/prediction-snapshot");
    private static final Path EVAL = Path.of("../shared/eval");

    @TestFactory
    Stream<DynamicTest> predictionsAreUnchanged() throws IOException, NoSuchAlgorithmException {
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        corpora.put("seeds", seeds());
        corpora.put("test-sentences", testSentences());
        for (String split : List.of("train", "dev")) {
            Path p = EVAL.resolve("polnear-" + split + ".jsonl");
            if (Files.isRegularFile(p)) {
                corpora.put("polnear-" + split, jsonlTexts(p));
            }
        }
        Map<String, String> recorded = readDigests();
        Map<String, String> now = new LinkedHashMap<>();
        Files.createDirectories(OUT);
        QuoteExtractor ex = QuoteExtractor.standard();
        for (Map.Entry<String, List<String>> c : corpora.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (String text : c.getValue()) {
                lines.add(serialise(text, ex.extract(text)));
            }
            Files.write(OUT.resolve(c.getKey() + ".jsonl"), lines, StandardCharsets.UTF_8);
            now.put(c.getKey(), sha256(lines) + " " + lines.size());
        }
        if (Boolean.getBoolean("quotecheck.snapshot.write")) {
            Map<String, String> merged = new LinkedHashMap<>(recorded);
            merged.putAll(now);
            List<String> out = new ArrayList<>(List.of(
                    "# corpus sha256-of-predictions articles (PredictionSnapshotTest; rewrite with -Dquotecheck.snapshot.write=true)"));
            merged.forEach((k, v) -> out.add(k + " " + v));
            Files.write(DIGESTS, out, StandardCharsets.UTF_8);
        }
        return now.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            assumeTrue(recorded.containsKey(e.getKey()), "no recorded fingerprint for " + e.getKey());
            assertEquals(recorded.get(e.getKey()), e.getValue(), "predictions on " + e.getKey()
                    + " changed; see target/prediction-snapshot/" + e.getKey() + ".jsonl");
        }));
    }

    private static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    /** One text a line, with backslash and newline escaped. */
    private static List<String> testSentences() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/snapshot/test-sentences.txt"), StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char n = line.charAt(++i);
                    b.append(n == 'n' ? '\n' : n);
                } else {
                    b.append(c);
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> jsonlTexts(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(line);
                    out.add((String) doc.get("text"));
                }
            }
        }
        return out;
    }

    private static Map<String, String> readDigests() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (Files.isRegularFile(DIGESTS)) {
            for (String line : Files.readAllLines(DIGESTS, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int sp = line.indexOf(' ');
                    m.put(line.substring(0, sp), line.substring(sp + 1));
                }
            }
        }
        return m;
    }

    /** Every field of every quotation, in UTF-16 offsets. */
    static String serialise(String text, List<AttributedQuotation> qs) {
        StringBuilder b = new StringBuilder("[");
        for (AttributedQuotation q : qs) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"span\":").append(span(q.span())).append(",\"paragraph\":").append(span(q.paragraph()))
                    .append(",\"text\":").append(MiniJson.quote(q.text()));
            if (q.speaker() != null) {
                b.append(",\"name\":").append(MiniJson.quote(q.speaker().name()))
                        .append(",\"role\":").append(MiniJson.quote(q.speaker().role()))
                        .append(",\"type\":").append(MiniJson.quote(q.speaker().type().name()))
                        .append(",\"mention\":").append(MiniJson.quote(q.speaker().mention().text()))
                        .append(",\"mentionSpan\":").append(span(q.speaker().mention().span()));
            }
            if (q.cue() != null) {
                b.append(",\"cue\":").append(MiniJson.quote(q.cue().text())).append(",\"cueSpan\":").append(span(q.cue().span()));
            }
            b.append(",\"rule\":").append(MiniJson.quote(q.rule())).append(",\"confidence\":").append(q.confidence()).append('}');
        }
        return b.append(']').toString();
    }

    private static String span(Span s) {
        return "[" + s.start() + "," + s.end() + "]";
    }

    private static String sha256(List<String> lines) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String l : lines) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
