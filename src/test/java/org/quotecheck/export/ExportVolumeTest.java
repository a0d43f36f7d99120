package org.quotecheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;

/**
 * No row cap, constant memory: 20,000 quotations (override with
 * {@code -Dquotecheck.bench.export-rows=N}) of about 1 KB each are written straight into PostgreSQL
 * and exported whole. The NDJSON is read line by line while the live heap (after a full GC) is
 * sampled in this JVM, which also runs the server: had the export collected its rows first, the heap
 * would hold the whole answer (tens of MB) from the first line on. The CSV is read whole and parsed.
 */
@QuarkusTest
class ExportVolumeTest {

    private static final Logger LOG = Logger.getLogger(ExportVolumeTest.class);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyRowIsExportedWhileTheHeapStaysFlat() throws Exception {
        int rows = Integer.getInteger("quotecheck.bench.export-rows", 20_000);
        long article = insert(rows);
        try {
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((Api.USER + ":" + Api.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String base = "http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("quarkus.http.test-port", Integer.class) + "/api/v1/exports/quotations.";
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            long started = System.nanoTime();
            HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base
                    + "ndjson?articleId=" + article)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            BitSet seen = new BitSet();
            List<Long> heap = new ArrayList<>();
            long bytes = 0;
            int lines = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; lines++) {
                    bytes += line.length() + 1;
                    Map<?, ?> row = ExportStreamsTest.JSON.readValue(line, Map.class);
                    int n = Integer.parseInt(((String) row.get("text")).replaceAll("(?s)^=cmd\\|(\\d+) .*", "$1"));
                    seen.set(n);
                    if (lines % Math.max(1, rows / 8) == 0) {
                        System.gc();
                        heap.add(memory.getHeapMemoryUsage().getUsed());
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(rows, lines, "one line per row");
            assertEquals(rows, seen.cardinality(), "every row exactly once");
            long peak = heap.stream().mapToLong(Long::longValue).max().orElse(before);
            LOG.infof("NDJSON export of %,d rows (%,d KB) in %.1f s; live heap after GC: before %,d KB, samples %s KB,"
                    + " peak growth %+,d KB", rows, bytes / 1024, seconds, before / 1024,
                    heap.stream().map(h -> h / 1024).toList(), (peak - before) / 1024);
            // the answer is ~1 KB a row; holding it all would add at least that much live heap
            assertTrue(peak - before < bytes / 2, "live heap grew by " + (peak - before) / 1024 + " KB during an export of "
                    + bytes / 1024 + " KB");

            HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(base + "csv?articleId=" + article))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<List<String>> records = CsvRecords.parse(csv.body());
            assertEquals(rows + 1, records.size(), "a header and every row");
            int text = ExportStreams.CSV_HEADER.indexOf("text");
            for (List<String> record : records.subList(1, records.size())) {
                String cell = record.get(text);
                assertTrue(cell.startsWith("'=cmd|") && cell.contains("\"quoted\", comma\nnext line"), cell);
            }
        } finally {
            delete(article);
        }
    }

    /** An article and {@code rows} quotations with commas, quotes, line breaks and a formula in their text. */
    private long insert(int rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long article;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO article (sha256, url, title, publisher, text,"
                    + " extractor_version) VALUES (encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'https://bulk.example/a',"
                    + " 'Bulk', 'Bulk Press', ?, 'bulk') RETURNING id")) {
                String text = "bulk export article " + java.util.UUID.randomUUID();
                st.setString(1, text);
                st.setString(2, text);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    article = rs.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO quotation (article_id, start_offset, end_offset,"
                    + " text, prefix, suffix, rule, confidence, status, reviewed_at, normalized)"
                    + " SELECT ?, i, i + 1, '=cmd|' || i || E' \"quoted\", comma\\nnext line ' || repeat('w', 1000), '', '',"
                    + " 'bulk', 0.5, 'NOT_A_QUOTE', now(), 'bulk export ' || ? || ' ' || i"
                    + " FROM generate_series(0, ? - 1) i")) {
                st.setLong(1, article);
                st.setLong(2, article);
                st.setInt(3, rows);
                assertEquals(rows, st.executeUpdate());
            }
            return article;
        }
    }

    private void delete(long article) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "DELETE FROM quotation WHERE article_id = ?"); PreparedStatement a = c.prepareStatement(
                "DELETE FROM article WHERE id = ?")) {
            q.setLong(1, article);
            q.executeUpdate();
            a.setLong(1, article);
            a.executeUpdate();
        }
    }
}
