package org.quotecheck.scale;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.clustering.ClusterService;

/**
 * A small synthetic archive (200 articles, 2,000 quotations) written by {@link ArchiveGenerator}
 * is the archive the application itself would have made of the same rows: clustering the same
 * quotations again with {@link ClusterService} gives the same partition, refreshing a generated
 * cluster changes none of its counts, flags or first appearance, and the API finds the members.
 */
@QuarkusTest
@io.quarkus.test.security.TestSecurity(user = "admin", roles = "reviewer")
class SyntheticArchiveTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ClusterService clusters;

    /** cluster id → (member_count, speaker_count, conflict, first_quotation_id, first_seen_at, normalized, representative). */
    private Map<Long, List<Object>> clusterRows(long from, long to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, List<Object>> out = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT id, member_count, speaker_count, conflict, first_quotation_id,"
                    + " CAST(first_seen_at AS text), normalized, representative FROM quote_cluster WHERE id BETWEEN :a AND :b")
                    .setParameter("a", from).setParameter("b", to).getResultList()) {
                Object[] r = (Object[]) row;
                out.put(((Number) r[0]).longValue(), List.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), r[3],
                        ((Number) r[4]).longValue(), r[5], r[6], r[7]));
            }
            return out;
        });
    }

    /** quotation id → cluster id (or -1) for the generated quotations. */
    private Map<Long, Long> partition(ArchiveGenerator.Written w) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Long> out = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT id, coalesce(cluster_id, -1) FROM quotation WHERE id BETWEEN :a AND :b")
                    .setParameter("a", w.firstQuotationId()).setParameter("b", w.firstQuotationId() + w.quotations() - 1)
                    .getResultList()) {
                Object[] r = (Object[]) row;
                out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    @Test
    void theGeneratedArchiveIsTheOneTheServiceComputes() throws Exception {
        ArchiveGenerator.Written w;
        try (Connection c = dataSource.getConnection()) {
            // a fixed seed: the same archive every run, so that a failure can be replayed (its made-up
            // words are far from every other test's)
            w = ArchiveGenerator.generate(c, 20_261_202L, 200, 2_000, false);
        }
        assertEquals(2_000, w.quotations());
        long lastCluster = w.firstClusterId() + w.clusters() - 1;
        Map<Long, List<Object>> generated = clusterRows(w.firstClusterId(), lastCluster);
        assertEquals(w.clusters(), generated.size());

        // a realistic mix, not a degenerate one: mostly singletons, a tail of repeats, some conflicts
        long singletons = generated.values().stream().filter(r -> (int) r.get(0) == 1).count();
        long repeated = generated.values().stream().filter(r -> (int) r.get(0) >= 5).count();
        long conflicts = generated.values().stream().filter(r -> (Boolean) r.get(2)).count();
        long unclustered = partition(w).values().stream().filter(c -> c < 0).count();
        assertTrue(singletons > w.clusters() / 2, "singletons " + singletons);
        assertTrue(repeated > 0 && conflicts > 0 && unclustered > 0, repeated + " " + conflicts + " " + unclustered);

        // refreshing each cluster from its members changes nothing: counts, speakers, conflict, first appearance
        for (long id = w.firstClusterId(); id <= lastCluster; id += 200) {
            long from = id;
            QuarkusTransaction.requiringNew().run(() -> {
                for (long c = from; c < Math.min(from + 200, lastCluster + 1); c++) {
                    clusters.refresh(c);
                }
            });
        }
        assertEquals(generated, clusterRows(w.firstClusterId(), lastCluster));

        // clustering the same quotations from scratch gives the same partition
        Map<Long, Long> before = partition(w);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE quotation SET normalized = NULL,"
                + " cluster_id = NULL WHERE id BETWEEN :a AND :b")
                .setParameter("a", w.firstQuotationId()).setParameter("b", w.firstQuotationId() + w.quotations() - 1)
                .executeUpdate());
        for (int i = 0; i < w.quotations(); i += 100) {
            List<Long> ids = new ArrayList<>();
            for (int k = i; k < Math.min(w.quotations(), i + 100); k++) {
                ids.add(w.firstQuotationId() + k);
            }
            QuarkusTransaction.requiringNew().run(() -> clusters.assign(ids));
        }
        Map<Long, Long> after = partition(w);
        Map<Long, Long> oldToNew = new HashMap<>();
        Map<Long, Long> newToOld = new HashMap<>();
        for (Map.Entry<Long, Long> e : before.entrySet()) {
            long was = e.getValue();
            long now = after.get(e.getKey());
            assertEquals(was < 0, now < 0, "quotation " + e.getKey() + " clustered the same way");
            if (was >= 0) {
                assertEquals(now, (long) oldToNew.computeIfAbsent(was, k -> now), "quotation " + e.getKey());
                assertEquals(was, (long) newToOld.computeIfAbsent(now, k -> was), "quotation " + e.getKey());
            }
        }
        assertEquals(w.clusters(), oldToNew.size());
        // the generated clusters are now empty: refreshed, they leave the lists
        QuarkusTransaction.requiringNew().run(() -> {
            for (long c = w.firstClusterId(); c <= lastCluster; c++) {
                clusters.refresh(c);
            }
        });

        // the service's clusters carry the generated numbers, and the API finds their members
        long biggestConflict = generated.entrySet().stream().filter(e -> (Boolean) e.getValue().get(2))
                .max(Map.Entry.comparingByValue((a, b) -> Integer.compare((int) a.get(0), (int) b.get(0))))
                .orElseThrow().getKey();
        List<Object> expected = generated.get(biggestConflict);
        long id = oldToNew.get(biggestConflict);
        JsonPath cluster = given().get("/api/v1/clusters/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(expected.get(0), cluster.getInt("memberCount"));
        assertEquals(expected.get(1), cluster.getInt("speakerCount"));
        assertEquals(true, cluster.getBoolean("conflict"));
        assertEquals(expected.get(3), cluster.getLong("firstAppearance.quotationId"));
        assertEquals(expected.get(0), cluster.getList("members").size());

        JsonPath check = post("/api/v1/checks", Map.of("text", (String) expected.get(6))).statusCode(201).extract().jsonPath();
        assertEquals("EXACT", check.getString("outcome"));
        assertEquals(id, check.getLong("groups[0].clusterId"));
        assertEquals(expected.get(0), check.getInt("groups[0].memberCount"));
        assertTrue(check.getBoolean("summary.conflict"));

        String unheardOf = new SyntheticText(System.nanoTime() + 7, 30_000).narration(new java.util.SplittableRandom(3), 12);
        assertEquals("NO_MATCH", post("/api/v1/checks", Map.of("text", unheardOf)).statusCode(201).extract()
                .jsonPath().getString("outcome"));
    }
}
