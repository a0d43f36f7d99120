package org.quotecheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.cluster.QuoteText;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the hot queries of checks, cluster pages and the quotation
 * list, with values drawn from the archive, in the form the services send them (see
 * {@code ClusterService}, {@code ClusterReads}, {@code QuotationService}); written to a file.
 */
final class ScaleExplain {

    private ScaleExplain() {
    }

    static void write(Connection c, String exactClaim, String containedClaim, long cluster, String word, Path file)
            throws Exception {
        String n = QuoteText.normalize(exactClaim);
        String part = QuoteText.normalize(containedClaim);
        Map<String, Object[]> queries = new LinkedHashMap<>();
        queries.put("check/cluster: exact words", new Object[] {
            "SELECT id FROM quotation WHERE normalized = ? ORDER BY id LIMIT 200", n});
        int[] sketch = QuoteText.sketch(n);
        queries.put("check/cluster: near duplicates (8 smallest sketch values, 12 rows each, ranked by shared values)",
            new Object[] {"SELECT id, cluster_id, normalized, count(*) AS shared FROM unnest(CAST(? AS integer[])) v,"
                + " LATERAL (SELECT q.id, q.cluster_id, q.normalized FROM quotation_sketch s JOIN quotation q"
                + " ON q.id = s.quotation_id WHERE s.value = v AND q.cluster_id IS NOT NULL AND q.id <> -1"
                + " ORDER BY s.quotation_id LIMIT 12) q GROUP BY id, cluster_id, normalized"
                + " ORDER BY shared DESC, id LIMIT 40",
                QuoteText.sketchLiteral(java.util.Arrays.copyOf(sketch, Math.min(sketch.length, 8)))});
        queries.put("check/cluster: claim inside a longer quotation (shingles)", new Object[] {
            "SELECT id, cluster_id, normalized, 0.0 FROM quotation WHERE shingles @> CAST(? AS integer[])"
                + " AND cluster_id IS NOT NULL AND id <> -1 AND length(normalized) > ? ORDER BY id LIMIT 20",
            QuoteText.sketchLiteral(QuoteText.shingleKeys(part, 6)), part.length()});
        List<String> runs = QuoteText.innerRuns(n, QuoteText.MIN_CONTAINED_WORDS, 80, 2_000);
        queries.put("check/cluster: stored quotation inside the claim (its runs of 6+ words, hash index)", new Object[] {
            "SELECT id, cluster_id, normalized, 0.0 FROM quotation WHERE normalized = ANY (?)"
                + " AND cluster_id IS NOT NULL AND id <> -1 ORDER BY length(normalized) DESC, id LIMIT 100", runs});
        queries.put("cluster page: summary", new Object[] {
            "SELECT id, representative, member_count, speaker_count, conflict, first_seen_at, first_quotation_id,"
                + " updated_at FROM quote_cluster WHERE id = ?", cluster});
        queries.put("cluster page: members (earliest first, at most 200)", new Object[] {"""
            SELECT cluster_id, id, text, speaker_id, speaker_name, mention_text, article_id, title, publisher, url,
                   published_at, day, status, version FROM (
              SELECT q.cluster_id, q.id, q.text, q.speaker_id, s.name AS speaker_name, q.mention_text, a.id AS article_id,
                     a.title, a.publisher, a.url, a.published_at, coalesce(a.published_at, a.ingested_at) AS day,
                     q.status, q.version,
                     row_number() OVER (PARTITION BY q.cluster_id
                                        ORDER BY coalesce(a.published_at, a.ingested_at), q.id) AS n
              FROM quotation q JOIN article a ON a.id = q.article_id LEFT JOIN speaker s ON s.id = q.speaker_id
              WHERE q.cluster_id IN (?)) m
            WHERE n <= 200 ORDER BY cluster_id, n""", cluster});
        queries.put("cluster page: speakers", new Object[] {
            "SELECT s.id, s.name, s.name_key, count(DISTINCT q.article_id) FROM quotation q JOIN speaker s"
                + " ON s.id = q.speaker_id WHERE q.cluster_id = ? GROUP BY s.id, s.name, s.name_key ORDER BY s.id", cluster});
        queries.put("quotation list: newest first, page of 20", new Object[] {
            "SELECT q.* FROM quotation q LEFT JOIN speaker s ON s.id = q.speaker_id ORDER BY q.created_at DESC, q.id DESC"
                + " LIMIT 20"});
        queries.put("quotation list: ?q= full-text search (ranked candidates)", new Object[] {
            "select c.id, c.status, c.cluster_id, c.rank from (select q.id, q.status, q.cluster_id,"
                + " ts_rank_cd(q.search_vector, query, 1|32) as rank from quotation q"
                + ", websearch_to_tsquery('quotecheck_search', ?) query where q.search_vector @@ query limit 1001) c"
                + " order by c.rank desc, c.id", word});
        StringBuilder out = new StringBuilder("EXPLAIN (ANALYZE, BUFFERS) on the synthetic archive; load average "
                + Latencies.load() + "\n");
        for (Map.Entry<String, Object[]> q : queries.entrySet()) {
            out.append("\n=== ").append(q.getKey()).append(" ===\n");
            Object[] v = q.getValue();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + v[0])) {
                for (int i = 1; i < v.length; i++) {
                    if (v[i] instanceof List<?> l) {
                        ps.setArray(i, c.createArrayOf("text", l.toArray()));
                    } else {
                        ps.setObject(i, v[i]);
                    }
                }
                List<String> plan = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        plan.add(r.getString(1));
                    }
                }
                out.append(String.join("\n", plan)).append('\n');
            }
        }
        Files.writeString(file, out);
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of " + queries.size() + " hot queries written to " + file);
    }
}
