package org.quotecheck.clustering;

import java.time.Instant;
import java.util.List;
import org.quotecheck.cluster.WordDiff;
import org.quotecheck.review.QuotationStatus;

/** What the cluster and check APIs show: records at the boundary, built from native rows. */
public final class ClusterViews {

    private ClusterViews() {
    }

    /** A cluster in a list. {@code text}: its earliest member's words as written. */
    public record ClusterSummary(long id, String text, int memberCount, int speakerCount, boolean conflict,
            Instant firstSeenAt, Long firstQuotationId, Instant updatedAt) {
    }

    /** Where a member appeared. {@code date}: the publication date, else when it was ingested. */
    public record ArticleRef(long id, String title, String publisher, String url, Instant publishedAt, Instant date) {
    }

    /** Who a member names: a speaker row, or an unnamed source (id and name null, the article's words in {@code mention}). */
    public record MemberSpeaker(Long id, String name, String mention) {
    }

    /** A run of the word diff: {@code change} is same, inserted or deleted. */
    public record DriftRun(String change, String text) {
        static List<DriftRun> of(List<WordDiff.Op> ops) {
            return ops.stream().map(o -> new DriftRun(o.kind().name().toLowerCase(java.util.Locale.ROOT), o.text()))
                    .toList();
        }
    }

    /**
     * A member quotation. {@code drift}: on a cluster, how its words differ from the earliest
     * member's; on a check, how the claim's words differ from it (deleted: its words the claim
     * lacks, inserted: the claim's words it lacks). {@code sameWords} when they do not differ.
     */
    public record Member(long quotationId, String text, MemberSpeaker speaker, ArticleRef article,
            QuotationStatus status, long version, boolean sameWords, List<DriftRun> drift) {
    }

    /** One person the members name (after name resolution), with the articles that name them. */
    public record SpeakerTally(String name, List<Long> speakerIds, long articleCount) {
    }

    /**
     * A cluster with its members, earliest first (at most {@code membersShown} of {@code memberCount}).
     */
    public record ClusterDetail(long id, String text, int memberCount, int speakerCount, boolean conflict,
            Instant firstSeenAt, Member firstAppearance, List<SpeakerTally> speakers, int membersShown,
            List<Member> members) {
    }
}
