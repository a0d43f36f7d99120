package org.quotecheck.clustering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.cluster.SpeakerGroups;
import org.quotecheck.cluster.WordDiff;
import org.quotecheck.clustering.ClusterViews.ArticleRef;
import org.quotecheck.clustering.ClusterViews.ClusterDetail;
import org.quotecheck.clustering.ClusterViews.ClusterSummary;
import org.quotecheck.clustering.ClusterViews.DriftRun;
import org.quotecheck.clustering.ClusterViews.Member;
import org.quotecheck.clustering.ClusterViews.MemberSpeaker;
import org.quotecheck.clustering.ClusterViews.SpeakerTally;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Reads clusters and their members for the API, the desk and checks. */
@ApplicationScoped
public class ClusterReads {

    /** Members a cluster view lists (earliest first); the count says how many there are in all. */
    public static final int MAX_MEMBERS = 200;

    private final EntityManager em;
    private final ClusterService clusters;
    private final int countCap;

    ClusterReads(EntityManager em, ClusterService clusters, org.quotecheck.support.ApiConfig api) {
        this.em = em;
        this.clusters = clusters;
        this.countCap = api.page().countCap();
    }

    /** Clusters with members, most recently changed first; {@code conflictOnly} keeps flagged ones. */
    @Transactional
    public Page<ClusterSummary> list(boolean conflictOnly, PageRequest page) {
        String where = " WHERE member_count > 0" + (conflictOnly ? " AND conflict" : "");
        // counted up to the cap: every cluster of a million quotations took 0.14 s a page
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM quote_cluster" + where
                + " LIMIT " + (countCap + 1) + ") c").getSingleResult()).longValue();
        List<ClusterSummary> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, representative, member_count, speaker_count, conflict,"
                + " first_seen_at, first_quotation_id, updated_at FROM quote_cluster" + where
                + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .setParameter("limit", page.size()).setParameter("offset", (long) page.offset()).getResultList()) {
            items.add(summary((Object[]) row));
        }
        return new Page<>(items, page.page(), page.size(), Math.min(total, countCap), total > countCap);
    }

    @Transactional
    public ClusterSummary summary(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, representative, member_count, speaker_count, conflict,"
                + " first_seen_at, first_quotation_id, updated_at FROM quote_cluster WHERE id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("cluster", id);
        }
        return summary((Object[]) rows.get(0));
    }

    /** The cluster that took this one's members when it was merged away (empty for a live or unknown id). */
    @Transactional
    public java.util.Optional<Long> mergedInto(long id) {
        List<?> rows = em.createNativeQuery("SELECT merged_into FROM quote_cluster WHERE id = :id AND merged_into IS NOT NULL")
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(((Number) rows.get(0)).longValue());
    }

    /** A cluster with its members (earliest first, each diffed against the earliest) and its speakers. */
    @Transactional
    public ClusterDetail detail(long id) {
        ClusterSummary s = summary(id);
        List<Member> raw = members(List.of(id), MAX_MEMBERS).getOrDefault(id, List.of());
        String earliest = raw.isEmpty() ? s.text() : raw.get(0).text();
        List<Member> members = raw.stream().map(m -> withDrift(m, earliest)).toList();
        return new ClusterDetail(s.id(), s.text(), s.memberCount(), s.speakerCount(), s.conflict(), s.firstSeenAt(),
                members.isEmpty() ? null : members.get(0), tallies(id), members.size(), members);
    }

    /** The speakers of a cluster after name resolution, most articles first. */
    @Transactional
    public List<SpeakerTally> tallies(long clusterId) {
        ClusterService.Speakers speakers = clusters.speakers(clusterId);
        List<SpeakerTally> out = new ArrayList<>();
        for (SpeakerGroups.Group g : speakers.groups()) {
            List<Long> ids = g.members().stream().map(SpeakerGroups.Name::id).sorted().toList();
            // articles naming any row of the person; one article naming two spellings counts once
            long articles = ((Number) em.createNativeQuery("SELECT count(DISTINCT article_id) FROM quotation"
                    + " WHERE cluster_id = :c AND speaker_id IN (:ids)").setParameter("c", clusterId)
                    .setParameter("ids", ids).getSingleResult()).longValue();
            out.add(new SpeakerTally(g.head().name(), ids, articles));
        }
        out.sort(java.util.Comparator.comparingLong(SpeakerTally::articleCount).reversed()
                .thenComparing(SpeakerTally::name));
        return out;
    }

    /** The speaker groups of a cluster, for a check's "does the claimed speaker agree". */
    @Transactional
    public List<SpeakerGroups.Group> groups(long clusterId) {
        return clusters.speakers(clusterId).groups();
    }

    /** Members of each cluster, earliest appearance first, at most {@code max} per cluster; no drift yet. */
    @Transactional
    public Map<Long, List<Member>> members(Collection<Long> clusterIds, int max) {
        Map<Long, List<Member>> out = new HashMap<>();
        if (clusterIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("""
                SELECT cluster_id, id, text, speaker_id, speaker_name, mention_text, article_id, title, publisher, url,
                       published_at, day, status, version FROM (
                  SELECT q.cluster_id, q.id, q.text, q.speaker_id, s.name AS speaker_name, q.mention_text, a.id AS article_id,
                         a.title, a.publisher, a.url, a.published_at, coalesce(a.published_at, a.ingested_at) AS day,
                         q.status, q.version,
                         row_number() OVER (PARTITION BY q.cluster_id
                                            ORDER BY coalesce(a.published_at, a.ingested_at), q.id) AS n
                  FROM quotation q JOIN article a ON a.id = q.article_id LEFT JOIN speaker s ON s.id = q.speaker_id
                  WHERE q.cluster_id IN (:ids)) m
                WHERE n <= :max ORDER BY cluster_id, n""").setParameter("ids", clusterIds).setParameter("max", max)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(member(r, 1));
        }
        return out;
    }

    /** Given quotations as members (no drift yet), in the order asked. */
    @Transactional
    public List<Member> quotations(List<Long> quotationIds) {
        if (quotationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> byId = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT q.id, q.text, q.speaker_id, s.name, q.mention_text, a.id, a.title, a.publisher, a.url,
                       a.published_at, coalesce(a.published_at, a.ingested_at), q.status, q.version
                FROM quotation q JOIN article a ON a.id = q.article_id LEFT JOIN speaker s ON s.id = q.speaker_id
                WHERE q.id IN (:ids)""").setParameter("ids", quotationIds).getResultList()) {
            Member m = member((Object[]) row, 0);
            byId.put(m.quotationId(), m);
        }
        return quotationIds.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The member with the word diff from {@code reference} to it. */
    public static Member withDrift(Member m, String reference) {
        return withOps(m, WordDiff.diff(reference, m.text()));
    }

    /** The member with the word diff from it to {@code claim}: how a claim changed the stored words. */
    public static Member withDriftTo(Member m, String claim) {
        return withOps(m, WordDiff.diff(m.text(), claim));
    }

    private static Member withOps(Member m, List<WordDiff.Op> ops) {
        return new Member(m.quotationId(), m.text(), m.speaker(), m.article(), m.status(), m.version(),
                WordDiff.sameWords(ops), DriftRun.of(ops));
    }

    private static Member member(Object[] r, int o) {
        MemberSpeaker speaker = r[o + 2] == null && r[o + 4] == null ? null
                : new MemberSpeaker(r[o + 2] == null ? null : ((Number) r[o + 2]).longValue(), (String) r[o + 3],
                        (String) r[o + 4]);
        ArticleRef article = new ArticleRef(((Number) r[o + 5]).longValue(), (String) r[o + 6], (String) r[o + 7],
                (String) r[o + 8], ClusterService.instant(r[o + 9]), ClusterService.instant(r[o + 10]));
        return new Member(((Number) r[o]).longValue(), (String) r[o + 1], speaker, article,
                QuotationStatus.valueOf((String) r[o + 11]), ((Number) r[o + 12]).longValue(), true, List.of());
    }

    private static ClusterSummary summary(Object[] r) {
        return new ClusterSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), (Boolean) r[4], ClusterService.instant(r[5]),
                r[6] == null ? null : ((Number) r[6]).longValue(), ClusterService.instant(r[7]));
    }
}
