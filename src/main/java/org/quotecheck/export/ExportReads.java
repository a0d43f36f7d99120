package org.quotecheck.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.support.NotFoundException;

/**
 * The reads behind the exports. A streaming export runs in one read-only transaction of its own
 * and walks a server-side cursor ({@code fetchSize} rows at a time) of plain rows, never managed
 * entities, so that the memory it holds does not grow with the archive.
 */
@ApplicationScoped
public class ExportReads {

    /** The row of each quotation with its current and extracted speaker and its article. */
    private static final String SELECT = "select new org.quotecheck.export.ExportRow(q.id, q.articleId, q.text,"
            + " q.startOffset, q.endOffset, q.prefix, q.suffix, s.id, s.name, s.role, s.type, q.extractedSpeakerId,"
            + " es.name, q.speakerRole, q.speakerType, q.mentionText, q.rule, q.confidence, q.status, q.version,"
            + " q.reviewCount, q.createdAt, q.reviewedAt, q.clusterId, q.clusterConflict, a.url, a.title, a.publisher,"
            + " a.publishedAt, a.ingestedAt, true)"
            + " from Quotation q left join q.speaker s left join Speaker es on es.id = q.extractedSpeakerId"
            + " join Article a on a.id = q.articleId";

    private final EntityManager em;
    private final ExportConfig config;

    ExportReads(EntityManager em, ExportConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Hands every quotation matching {@code filter} (only reviewed ones when {@code reviewedOnly}) to
     * {@code sink}, newest first like the list, inside a new read-only transaction.
     */
    public long each(QuotationFilter filter, boolean reviewedOnly, Consumer<ExportRow> sink) {
        return QuarkusTransaction.requiringNew().timeout(config.timeout()).call(() -> {
            em.createNativeQuery("SET TRANSACTION READ ONLY").executeUpdate();
            Map<String, Object> params = new HashMap<>();
            String condition = QuotationService.condition(filter, params);
            if (reviewedOnly) {
                condition += (condition.isEmpty() ? " where " : " and ") + "q.status <> :pending";
                params.put("pending", QuotationStatus.PENDING);
            }
            TypedQuery<ExportRow> query = em.createQuery(SELECT + condition + " order by q.createdAt desc, q.id desc",
                    ExportRow.class);
            params.forEach(query::setParameter);
            long n = 0;
            try (Stream<ExportRow> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, config.fetchSize())
                    .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()) {
                for (var it = rows.iterator(); it.hasNext(); n++) {
                    sink.accept(it.next());
                }
            }
            return n;
        });
    }

    /** One quotation's row; 404 when there is none. */
    @Transactional
    public ExportRow quotation(long id) {
        return em.createQuery(SELECT + " where q.id = :id", ExportRow.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("quotation", id));
    }

    /** A cluster: its members' verdict counts and its earliest members (at most {@code max}). */
    public record ClusterRows(long id, Map<QuotationStatus, Long> statuses, long memberCount, List<ExportRow> earliest) {
    }

    @Transactional
    public ClusterRows cluster(long id) {
        List<?> found = em.createNativeQuery("SELECT member_count FROM quote_cluster WHERE id = :id")
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("cluster", id);
        }
        Map<QuotationStatus, Long> statuses = new EnumMap<>(QuotationStatus.class);
        long members = 0;
        for (Object[] r : em.createQuery("select q.status, count(q) from Quotation q where q.clusterId = :c"
                + " group by q.status", Object[].class).setParameter("c", id).getResultList()) {
            statuses.put((QuotationStatus) r[0], (Long) r[1]);
            members += (Long) r[1];
        }
        List<ExportRow> earliest = em.createQuery(SELECT + " where q.clusterId = :c"
                + " order by coalesce(a.publishedAt, a.ingestedAt), q.id", ExportRow.class).setParameter("c", id)
                .setMaxResults(config.clusterAppearances()).getResultList();
        return new ClusterRows(id, statuses, members, earliest);
    }
}
