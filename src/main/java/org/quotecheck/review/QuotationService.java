package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotecheck.speaker.NameKey;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Reads stored quotations. */
@ApplicationScoped
public class QuotationService {

    private final EntityManager em;

    QuotationService(EntityManager em) {
        this.em = em;
    }

    /** Quotations matching {@code filter}, newest first. */
    @Transactional
    public Page<QuotationView> search(QuotationFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String condition = condition(filter, params);
        TypedQuery<Long> count = em.createQuery(
                "select count(q) from Quotation q left join q.speaker s" + condition, Long.class);
        TypedQuery<Quotation> list = em.createQuery("select q from Quotation q left join fetch q.speaker s"
                + condition + " order by q.createdAt desc, q.id desc", Quotation.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<QuotationView> items = list.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(QuotationView::of).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * The filter as a JPQL condition ({@code ""} or {@code " where ..."}) over {@code Quotation q left
     * join q.speaker s}, its parameters put into {@code params}. The one place a filter becomes SQL:
     * the list above and the streaming exports ({@code org.quotecheck.export}) both use it, so a new
     * filter field is honoured by both.
     */
    public static String condition(QuotationFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.speakerId() != null) {
            where.add("s.id = :speakerId");
            params.put("speakerId", filter.speakerId());
        }
        if (filter.speakerName() != null) {
            where.add("s.nameKey like :speakerName escape '!'");
            params.put("speakerName", "%" + likeEscape(NameKey.of(filter.speakerName())) + "%");
        }
        if (filter.status() != null) {
            where.add("q.status = :status");
            params.put("status", filter.status());
        }
        if (filter.articleId() != null) {
            where.add("q.articleId = :articleId");
            params.put("articleId", filter.articleId());
        }
        if (filter.text() != null) {
            where.add("lower(q.text) like :text escape '!'");
            params.put("text", "%" + likeEscape(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.clusterId() != null) {
            where.add("q.clusterId = :clusterId");
            params.put("clusterId", filter.clusterId());
        }
        if (filter.conflictOnly()) {
            where.add("q.clusterConflict = true");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    @Transactional
    public QuotationView get(long id) {
        return em.createQuery("select q from Quotation q left join fetch q.speaker where q.id = :id", Quotation.class)
                .setParameter("id", id).getResultStream().findFirst().map(QuotationView::of)
                .orElseThrow(() -> new NotFoundException("quotation", id));
    }

    /** Every quotation of an article, in text order. */
    @Transactional
    public List<QuotationView> ofArticle(long articleId) {
        return em.createQuery("select q from Quotation q left join fetch q.speaker where q.articleId = :a"
                + " order by q.startOffset, q.id", Quotation.class)
                .setParameter("a", articleId).getResultStream().map(QuotationView::of).toList();
    }

    /** How many quotations each of the given articles has (absent: none). */
    @Transactional
    public Map<Long, Long> countByArticle(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select q.articleId, count(q) from Quotation q where q.articleId in :ids group by q.articleId",
                Object[].class).setParameter("ids", articleIds).getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
