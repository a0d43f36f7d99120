package org.quotecheck.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.review.TextSearch;
import org.quotecheck.speaker.NameKey;

/**
 * The review queue: quotations oldest first, with filters, counts per status and claims. Reads
 * ids here and leaves the quotations' shape to {@code QuotationService}.
 */
@ApplicationScoped
public class QueueService {

    @Inject
    EntityManager em;

    @Inject
    QueueConfig config;

    @Inject
    TextSearch search;

    @Inject
    org.quotecheck.support.ApiConfig api;

    /**
     * What the queue filters on; null or blank fields do not filter. {@code status} null means all;
     * {@code conflictOnly}: only quotations whose cluster names different speakers; {@code text} is a
     * search ({@link TextSearch}); {@code publisher} part of the article's publisher;
     * {@code appearedFrom} (inclusive) and {@code appearedBefore} (exclusive) bound the article's
     * publication date (else its ingest time).
     */
    public record Filter(QuotationStatus status, String speaker, String article, String text, boolean conflictOnly,
            String publisher, Instant appearedFrom, Instant appearedBefore) {
        public Filter(QuotationStatus status, String speaker, String article, String text) {
            this(status, speaker, article, text, false, null, null, null);
        }

        public Filter(QuotationStatus status, String speaker, String article, String text, boolean conflictOnly) {
            this(status, speaker, article, text, conflictOnly, null, null, null);
        }
    }

    /** An active claim. */
    public record Claim(long quotationId, String reviewer, Instant expiresAt) {
        public boolean by(String user) {
            return reviewer.equals(user);
        }
    }

    /** A queue row: the quotation's id and where it comes from. */
    public record Row(long quotationId, long articleId, String articleTitle, String publisher) {
    }

    /**
     * One page of the queue: rows in order, the total, and counts per status (other filters applied),
     * each a lower bound when capped ({@code quotecheck.api.page.count-cap}; a search ranks at most
     * {@link TextSearch#CANDIDATES});
     * with a search, the page's {@code hits} (how each row matched, for its snippet) and whether the
     * hits are near matches only ({@code fuzzy}).
     */
    public record Slice(List<Row> rows, long total, boolean totalCapped, Map<QuotationStatus, Long> counts,
            java.util.Set<QuotationStatus> cappedCounts, Map<Long, Claim> claims, List<TextSearch.Hit> hits) {
        public boolean fuzzy() {
            return !hits.isEmpty() && hits.get(0).match() == TextSearch.Match.FUZZY;
        }
    }

    @Transactional
    public Slice page(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        if (present(filter.text())) {
            return searched(filter, where, params, page, size);
        }
        List<String> withStatus = new ArrayList<>(where);
        if (filter.status() != null) {
            withStatus.add("q.status = :status");
            params.put("status", filter.status().name());
        }
        // Conflicting attributions first: they are what a desk must settle before anything else. Two
        // ordered reads, each walking an index in queue order and stopping after the rows it needs,
        // instead of sorting every quotation by a flag of its cluster (5 s at a million quotations).
        String joins = TextSearch.joins(withStatus, false);
        int needed = Math.addExact(Math.multiplyExact(page, size), size);
        String conflicts = "(select q.id, 0 as part, q.created_at from quotation q join quote_cluster qc"
                + " on qc.id = q.cluster_id" + joins
                // the flag once: written twice, the planner squared its selectivity and read every member
                + clause(filter.conflictOnly() ? withStatus : and(withStatus, "qc.conflict"))
                + " order by q.created_at, q.id limit :needed)";
        String others = " union all (select q.id, 1, q.created_at from quotation q left join quote_cluster qc"
                + " on qc.id = q.cluster_id" + joins + clause(and(withStatus, "qc.conflict is not true"))
                + " order by q.created_at, q.id limit :needed)";
        // the planner does not see that "only conflicts" leaves nothing for the second read, and walked every row
        Query list = em.createNativeQuery("select u.id from (" + conflicts + (filter.conflictOnly() ? "" : others)
                + ") u order by u.part, u.created_at, u.id limit :limit offset :offset");
        params.forEach((k, v) -> list.setParameter(k, v));
        list.setParameter("needed", needed).setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Long> ids = ((List<?>) list.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        Counts counts = counts(where, params);
        long total = filter.status() == null ? counts.all() : counts.byStatus().get(filter.status());
        boolean capped = filter.status() == null ? counts.anyCapped() : counts.capped().contains(filter.status());
        return new Slice(rows(ids), total, capped, counts.byStatus(), counts.capped(), claims(ids), List.of());
    }

    /** Quotations per status under the other filters, each counted up to the count cap. */
    record Counts(Map<QuotationStatus, Long> byStatus, java.util.Set<QuotationStatus> capped) {
        long all() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean anyCapped() {
            return !capped.isEmpty();
        }
    }

    private Counts counts(List<String> where, Map<String, Object> params) {
        int cap = api.page().countCap();
        Map<QuotationStatus, Long> byStatus = new EnumMap<>(QuotationStatus.class);
        java.util.Set<QuotationStatus> capped = java.util.EnumSet.noneOf(QuotationStatus.class);
        for (QuotationStatus s : QuotationStatus.values()) {
            byStatus.put(s, 0L);
        }
        Query counts;
        if (where.isEmpty()) {
            // the whole queue: one bounded read of the status index per status, in one statement
            counts = em.createNativeQuery("select st.status, (select count(*) from (select 1 from quotation q"
                    + " where q.status = st.status limit " + (cap + 1) + ") c)"
                    + " from unnest(cast(:statuses as text[])) as st(status)")
                    .setParameter("statuses", "{" + String.join(",", QuotationStatus.names()) + "}");
        } else {
            // filtered: one pass over at most cap + 1 matching rows (a pass per status repeated the joins six times)
            counts = em.createNativeQuery("select m.status, count(*) from (select q.status from quotation q"
                    + TextSearch.joins(where, true) + clause(where) + " limit " + (cap + 1) + ") m group by m.status");
            params.forEach((k, v) -> {
                if (!k.equals("status")) {
                    counts.setParameter(k, v);
                }
            });
        }
        long seen = 0;
        for (Object row : counts.getResultList()) {
            Object[] r = (Object[]) row;
            QuotationStatus s = QuotationStatus.valueOf((String) r[0]);
            long n = ((Number) r[1]).longValue();
            seen += n;
            byStatus.put(s, Math.min(n, cap));
            if (n > cap) {
                capped.add(s);
            }
        }
        if (!where.isEmpty() && seen > cap) {
            // the pass stopped at the cap: every status may have more than it saw
            capped.addAll(byStatus.keySet());
        }
        return new Counts(byStatus, capped);
    }

    private static List<String> and(List<String> where, String condition) {
        List<String> all = new ArrayList<>(where);
        all.add(condition);
        return all;
    }

    /** The queue rows of these quotation ids, in their order. */
    private List<Row> rows(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            List<?> found = em.createNativeQuery("select q.id, a.id as aid, a.title, a.publisher from quotation q"
                    + " join article a on a.id = q.article_id where q.id in (:ids)").setParameter("ids", ids)
                    .getResultList();
            for (Object o : found) {
                Object[] r = (Object[]) o;
                rows.put(((Number) r[0]).longValue(), new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        (String) r[2], (String) r[3]));
            }
        }
        return ids.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    /**
     * The queue narrowed by a search: conflicting attributions first as always, then the best
     * matches first (relevance replaces "oldest first"), counted per status in Java from the bounded
     * hit list.
     */
    private Slice searched(Filter filter, List<String> where, Map<String, Object> params, int page, int size) {
        TextSearch.Result result = search.match(filter.text().strip(), new TextSearch.Conditions(where, params));
        List<TextSearch.Hit> all = result.hits();
        java.util.Set<Long> conflicted = search.conflicted(all);
        Map<QuotationStatus, Long> byStatus = new EnumMap<>(QuotationStatus.class);
        for (QuotationStatus s : QuotationStatus.values()) {
            byStatus.put(s, 0L);
        }
        all.forEach(h -> byStatus.merge(QuotationStatus.valueOf(h.status()), 1L, Long::sum));
        // more matches than were ranked: every count found is a lower bound
        java.util.Set<QuotationStatus> capped = java.util.EnumSet.noneOf(QuotationStatus.class);
        if (result.capped()) {
            byStatus.forEach((s, n) -> {
                if (n > 0) {
                    capped.add(s);
                }
            });
        }
        List<TextSearch.Hit> kept = all.stream()
                .filter(h -> filter.status() == null || h.status().equals(filter.status().name()))
                // stable: within conflicts and non-conflicts the search's order stays
                .sorted(java.util.Comparator.comparing((TextSearch.Hit h) -> !conflicted.contains(h.clusterId())))
                .toList();
        List<TextSearch.Hit> shown = kept.subList(Math.min(kept.size(), page * size),
                Math.min(kept.size(), page * size + size));
        List<Long> ids = shown.stream().map(TextSearch.Hit::id).toList();
        boolean totalCapped = filter.status() == null ? !capped.isEmpty() : capped.contains(filter.status());
        return new Slice(rows(ids), kept.size(), totalCapped, byStatus, capped, claims(ids), shown);
    }

    private static List<String> conditions(Filter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (present(filter.speaker())) {
            // the speakers first, then their quotations by index: testing each quotation's speaker
            // read every quotation (8 s at a million for a name nobody has)
            where.add("q.speaker_id in (select id from speaker where name_key like :speaker escape '!'"
                    + " union select speaker_id from speaker_alias where alias_key like :speaker escape '!')");
            params.put("speaker", "%" + like(NameKey.of(filter.speaker())) + "%");
        }
        if (present(filter.article())) {
            String a = filter.article().strip();
            if (a.chars().allMatch(Character::isDigit) && a.length() < 18) {
                where.add("a.id = :articleId");
                params.put("articleId", Long.parseLong(a));
            } else {
                where.add("lower(coalesce(a.title, '') || ' ' || coalesce(a.publisher, '')) like :article escape '!'");
                params.put("article", "%" + like(a.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (filter.conflictOnly()) {
            where.add("qc.conflict");
        }
        if (present(filter.publisher())) {
            where.add("lower(a.publisher) like :publisher escape '!'");
            params.put("publisher", "%" + like(filter.publisher().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.appearedFrom() != null) {
            where.add("coalesce(a.published_at, a.ingested_at) >= :appearedFrom");
            params.put("appearedFrom", OffsetDateTime.ofInstant(filter.appearedFrom(), ZoneOffset.UTC));
        }
        if (filter.appearedBefore() != null) {
            where.add("coalesce(a.published_at, a.ingested_at) < :appearedBefore");
            params.put("appearedBefore", OffsetDateTime.ofInstant(filter.appearedBefore(), ZoneOffset.UTC));
        }
        return where;
    }

    private static String clause(List<String> where) {
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private Map<Long, Claim> claims(List<Long> ids) {
        Map<Long, Claim> claims = new HashMap<>();
        if (ids.isEmpty()) {
            return claims;
        }
        List<?> rows = em.createNativeQuery("select quotation_id, reviewer, expires_at from quotation_claim"
                + " where quotation_id in (:ids) and expires_at > now()").setParameter("ids", ids).getResultList();
        for (Object row : rows) {
            Claim c = claim((Object[]) row);
            claims.put(c.quotationId(), c);
        }
        return claims;
    }

    /** The active claim on a quotation, if any. */
    @Transactional
    public Optional<Claim> claimOf(long quotationId) {
        return claims(List.of(quotationId)).values().stream().findFirst();
    }

    /**
     * Claims the quotation for {@code reviewer} (or renews their claim). When another reviewer holds
     * an active claim, that claim stays and is returned.
     */
    @Transactional
    public Claim claim(long quotationId, String reviewer) {
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(config.claimDuration());
        List<?> taken = em.createNativeQuery("""
                insert into quotation_claim (quotation_id, reviewer, claimed_at, expires_at)
                select q.id, :reviewer, now(), :expires from quotation q where q.id = :id
                on conflict (quotation_id) do update set reviewer = excluded.reviewer,
                    claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
                where quotation_claim.reviewer = excluded.reviewer or quotation_claim.expires_at <= now()
                returning quotation_id, reviewer, expires_at""")
                .setParameter("id", quotationId).setParameter("reviewer", reviewer).setParameter("expires", expires)
                .getResultList();
        if (!taken.isEmpty()) {
            return claim((Object[]) taken.get(0));
        }
        return claims(List.of(quotationId)).get(quotationId);
    }

    /** Drops the reviewer's claim (after their review). */
    @Transactional
    public void release(long quotationId, String reviewer) {
        em.createNativeQuery("delete from quotation_claim where quotation_id = :id and reviewer = :reviewer")
                .setParameter("id", quotationId).setParameter("reviewer", reviewer).executeUpdate();
    }

    /**
     * The oldest pending quotation that nobody else has claimed, skipping {@code except}; claimed for
     * {@code reviewer} at once so that the next reviewer gets another one.
     */
    @Transactional
    public Optional<Long> next(String reviewer, long except) {
        // Two reviewers asking at once may pick the same row; the loser of the claim picks again.
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Long> candidate = oldestUnclaimed(reviewer, except);
            if (candidate.isEmpty() || claim(candidate.get(), reviewer).by(reviewer)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private Optional<Long> oldestUnclaimed(String reviewer, long except) {
        // the oldest among conflicting attributions, else the oldest of the rest: each read walks the
        // queue index and stops at its first row (one sort over every pending row took seconds at 1M)
        String unclaimed = " and q.id <> :except and not exists (select 1 from quotation_claim c"
                + " where c.quotation_id = q.id and c.expires_at > now() and c.reviewer <> :reviewer)"
                + " order by q.created_at, q.id limit 1)";
        List<?> ids = em.createNativeQuery("select u.id from ("
                + "(select q.id, 0 as part from quotation q join quote_cluster qc on qc.id = q.cluster_id"
                + " where q.status = 'PENDING' and qc.conflict" + unclaimed
                + " union all (select q.id, 1 from quotation q left join quote_cluster qc on qc.id = q.cluster_id"
                + " where q.status = 'PENDING' and qc.conflict is not true" + unclaimed
                + ") u order by u.part limit 1")
                .setParameter("reviewer", reviewer).setParameter("except", except).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(((Number) ids.get(0)).longValue());
    }

    private static Claim claim(Object[] row) {
        Object expires = row[2];
        Instant at = expires instanceof Instant i ? i
                : expires instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) expires).toInstant();
        return new Claim(((Number) row[0]).longValue(), (String) row[1], at);
    }
}
