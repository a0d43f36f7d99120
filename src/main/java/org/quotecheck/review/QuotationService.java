package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotecheck.speaker.NameKey;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Reads stored quotations. */
@ApplicationScoped
public class QuotationService {

    private final EntityManager em;
    private final TextSearch textSearch;
    private final Snippets snippets;

    private final int countCap;

    QuotationService(EntityManager em, TextSearch textSearch, Snippets snippets, ApiConfig api) {
        this.em = em;
        this.countCap = api.page().countCap();
        this.textSearch = textSearch;
        this.snippets = snippets;
    }

    /**
     * Quotations matching {@code filter}: newest first, or, when {@code filter.text()} is given, the
     * search hits best first ({@link TextSearch}), each with its rank and snippet.
     */
    @Transactional
    public Page<QuotationView> search(QuotationFilter filter, PageRequest page) {
        TextSearch.Conditions conditions = conditions(filter);
        if (filter.text() != null) {
            TextSearch.Result result = textSearch.match(filter.text(), conditions);
            List<TextSearch.Hit> hits = result.hits();
            List<TextSearch.Hit> shown = hits.subList(Math.min(hits.size(), page.offset()),
                    Math.min(hits.size(), page.offset() + page.size()));
            Map<Long, QuotationView> views = views(shown.stream().map(TextSearch.Hit::id).toList());
            Map<Long, Snippet> excerpts = snippets.of(filter.text(), shown);
            List<QuotationView> items = shown.stream().filter(h -> views.containsKey(h.id()))
                    .map(h -> views.get(h.id()).hit(h.match(), h.rank(), excerpts.get(h.id()))).toList();
            return new Page<>(items, page.page(), page.size(), hits.size(), result.capped());
        }
        String where = conditions.where().isEmpty() ? "" : " where " + String.join(" and ", conditions.where());
        String from = TextSearch.from(conditions);
        Query ids = em.createNativeQuery("select q.id" + from + where
                + " order by q.created_at desc, q.id desc limit :limit offset :offset");
        // counted up to a bound: an exact count of a million rows took 0.3 s on every page
        Query count = em.createNativeQuery("select count(*) from (select 1" + from + where + " limit "
                + (countCap + 1) + ") c");
        conditions.params().forEach((k, v) -> {
            Object value = v instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : v;
            ids.setParameter(k, value);
            count.setParameter(k, value);
        });
        List<Long> found = ((List<?>) ids.setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        Map<Long, QuotationView> views = views(found);
        List<QuotationView> items = found.stream().filter(views::containsKey).map(views::get).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.page(), page.size(), Math.min(total, countCap), total > countCap);
    }

    /**
     * The filter as SQL over {@link TextSearch#FROM}. A speaker name matches speakers whose name or
     * alias contains it; when none does, the closest names ({@link #closeSpeakers}).
     */
    TextSearch.Conditions conditions(QuotationFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.speakerId() != null) {
            where.add("q.speaker_id = :speakerId");
            params.put("speakerId", filter.speakerId());
        }
        if (filter.speakerName() != null) {
            String key = NameKey.of(filter.speakerName());
            String like = "%" + likeEscape(key) + "%";
            String named = "select id from speaker where name_key like :speakerName escape '!'"
                    + " union select speaker_id from speaker_alias where alias_key like :speakerName escape '!'";
            boolean any = !em.createNativeQuery("select 1 from (" + named + ") n limit 1")
                    .setParameter("speakerName", like).getResultList().isEmpty();
            if (any) {
                where.add("q.speaker_id in (" + named + ")");
                params.put("speakerName", like);
            } else {
                List<Long> close = closeSpeakers(key);
                // ids read from the database, not the caller's text: safe to write into the SQL
                where.add(close.isEmpty() ? "false" : "q.speaker_id in ("
                        + String.join(", ", close.stream().map(String::valueOf).toList()) + ")");
            }
        }
        if (filter.status() != null) {
            where.add("q.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.articleId() != null) {
            where.add("q.article_id = :articleId");
            params.put("articleId", filter.articleId());
        }
        if (filter.clusterId() != null) {
            where.add("q.cluster_id = :clusterId");
            params.put("clusterId", filter.clusterId());
        }
        if (filter.conflictOnly()) {
            where.add("qc.conflict");
        }
        if (filter.publisher() != null) {
            where.add("lower(a.publisher) like :publisher escape '!'");
            params.put("publisher", "%" + likeEscape(filter.publisher().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.appearedFrom() != null) {
            where.add("coalesce(a.published_at, a.ingested_at) >= :appearedFrom");
            params.put("appearedFrom", filter.appearedFrom());
        }
        if (filter.appearedBefore() != null) {
            where.add("coalesce(a.published_at, a.ingested_at) < :appearedBefore");
            params.put("appearedBefore", filter.appearedBefore());
        }
        return new TextSearch.Conditions(where, params);
    }

    /**
     * The filter as a JPQL condition ({@code ""} or {@code " where ..."}) over {@code Quotation q left
     * join q.speaker s join Article a on a.id = q.articleId}, its parameters put into {@code params},
     * for the streaming exports ({@code org.quotecheck.export}), which read every matching row in
     * one cursor. Unlike the list's search ({@link #conditions}), {@code q} is a case-insensitive
     * substring here and the speaker a part of the stored name: an export has no ranking and no row
     * cap, and a fuzzy fallback would make its contents depend on a time budget.
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
        if (filter.publisher() != null) {
            where.add("lower(a.publisher) like :publisher escape '!'");
            params.put("publisher", "%" + likeEscape(filter.publisher().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.appearedFrom() != null) {
            where.add("coalesce(a.publishedAt, a.ingestedAt) >= :appearedFrom");
            params.put("appearedFrom", filter.appearedFrom());
        }
        if (filter.appearedBefore() != null) {
            where.add("coalesce(a.publishedAt, a.ingestedAt) < :appearedBefore");
            params.put("appearedBefore", filter.appearedBefore());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** Most close speakers a misspelt name stands for. */
    static final int CLOSE_SPEAKERS = 10;

    /**
     * Speakers whose name or alias has, for each word of {@code key}, a word at most one or two
     * letters apart ("lavorv" → "Sergei Lavrov"): trigram candidates first, then the edit distance.
     */
    private List<Long> closeSpeakers(String key) {
        List<String> words = List.of(key.split(" "));
        em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', '0.3', true)").getSingleResult();
        List<?> rows = em.createNativeQuery("""
                select id, name_key from (
                    select s.id, s.name_key, word_similarity(:k, s.name_key) as sim from speaker s where :k <% s.name_key
                    union all
                    select a.speaker_id, a.alias_key, word_similarity(:k, a.alias_key) from speaker_alias a
                    where :k <% a.alias_key) c
                order by sim desc, id limit 200""").setParameter("k", key).getResultList();
        List<Long> close = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            List<String> nameWords = List.of(((String) r[1]).split(" "));
            boolean all = words.stream().allMatch(w -> nameWords.stream().anyMatch(n -> Snippet.close(n, w)));
            long id = ((Number) r[0]).longValue();
            if (all && !close.contains(id) && close.size() < CLOSE_SPEAKERS) {
                close.add(id);
            }
        }
        return close;
    }

    /** The quotations with these ids, by id (absent ids are left out), read in one statement. */
    @Transactional
    public Map<Long, QuotationView> byIds(List<Long> ids) {
        return views(ids);
    }

    private Map<Long, QuotationView> views(List<Long> ids) {
        Map<Long, QuotationView> views = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select q from Quotation q left join fetch q.speaker where q.id in :ids", Quotation.class)
                    .setParameter("ids", ids).getResultStream().forEach(q -> views.put(q.id, QuotationView.of(q)));
        }
        return views;
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
