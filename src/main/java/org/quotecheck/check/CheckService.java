package org.quotecheck.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quotecheck.cluster.MatchKind;
import org.quotecheck.cluster.QuoteText;
import org.quotecheck.cluster.Similarity;
import org.quotecheck.cluster.SpeakerGroups;
import org.quotecheck.clustering.ClusterReads;
import org.quotecheck.clustering.ClusterService;
import org.quotecheck.clustering.ClusterViews;
import org.quotecheck.clustering.ClusterViews.Member;
import org.quotecheck.check.CheckViews.Answer;
import org.quotecheck.check.CheckViews.CheckSummary;
import org.quotecheck.check.CheckViews.CheckView;
import org.quotecheck.check.CheckViews.ClaimedSpeaker;
import org.quotecheck.check.CheckViews.Group;
import org.quotecheck.check.CheckViews.Match;
import org.quotecheck.check.CheckViews.Summary;
import org.quotecheck.speaker.NameKey;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.PayloadTooLargeException;

/**
 * Checks a claim ("the quote as it circulates", optionally with the name attached to it) against
 * every stored quotation and stores the answer. The work is bounded: at most
 * {@link #MAX_EXACT} exact and {@link ClusterService#MAX_CANDIDATES} near or containment
 * candidates are read, at most {@link #MAX_GROUPS} clusters and {@link #MAX_PER_GROUP} quotations
 * each are answered, and a claim is at most {@link #MAX_CLAIM} characters.
 */
@ApplicationScoped
public class CheckService {

    public static final int MAX_CLAIM = 20_000;
    static final int MAX_SPEAKER = 200;
    static final int MAX_EXACT = 200;
    static final int MAX_GROUPS = 20;
    static final int MAX_PER_GROUP = 50;

    private final EntityManager em;
    private final ClusterService clusters;
    private final ClusterReads reads;
    private final ObjectMapper json;

    CheckService(EntityManager em, ClusterService clusters, ClusterReads reads, ObjectMapper json) {
        this.em = em;
        this.clusters = clusters;
        this.reads = reads;
        this.json = json;
    }

    /**
     * Checks the claim and stores the check in {@code askedBy}'s name: one user action.
     *
     * @throws InvalidInputException     no claim, a claim without words, a bad speaker
     * @throws PayloadTooLargeException  a claim over {@link #MAX_CLAIM} characters
     */
    @Transactional
    public CheckView check(String text, String speaker, String askedBy) {
        String claim = claim(text);
        String claimedSpeaker = Inputs.optional("speaker", speaker, MAX_SPEAKER);
        if (claimedSpeaker != null && NameKey.of(claimedSpeaker).isEmpty()) {
            claimedSpeaker = null;
        }
        Answer answer = answer(claim, claimedSpeaker);
        String document;
        try {
            document = json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check answer is always serialisable", e);
        }
        Object[] row = (Object[]) em.createNativeQuery("INSERT INTO quote_check (claim, claimed_speaker, asked_by,"
                + " outcome, match_count, answer) VALUES (:c, :s, :by, :o, :m, CAST(:a AS jsonb)) RETURNING id, asked_at")
                .setParameter("c", claim).setParameter("s", claimedSpeaker).setParameter("by", askedBy)
                .setParameter("o", answer.outcome()).setParameter("m", answer.summary().matchCount())
                .setParameter("a", document).getSingleResult();
        return CheckView.of(((Number) row[0]).longValue(), claim, claimedSpeaker, askedBy,
                ClusterService.instant(row[1]), answer);
    }

    /** The claim, validated: present, storable, within the limit, with at least one word. */
    static String claim(String text) {
        if (text != null && text.length() > MAX_CLAIM
                && text.codePointCount(0, text.length()) > MAX_CLAIM) {
            throw new PayloadTooLargeException("text is longer than " + MAX_CLAIM
                    + " characters: check the quotation itself, not the article around it.");
        }
        String claim = Inputs.required("text", text, MAX_CLAIM);
        if (QuoteText.normalize(claim).isEmpty()) {
            throw InvalidInputException.of("text", "text has no words to check (only punctuation or quote marks).");
        }
        return claim;
    }

    @Transactional
    public CheckView get(long id) {
        List<?> rows = em.createNativeQuery("SELECT claim, claimed_speaker, asked_by, asked_at, CAST(answer AS text)"
                + " FROM quote_check WHERE id = :id").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("check", id);
        }
        Object[] r = (Object[]) rows.get(0);
        try {
            return CheckView.of(id, (String) r[0], (String) r[1], (String) r[2], ClusterService.instant(r[3]),
                    json.readValue((String) r[4], Answer.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check " + id + " cannot be read", e);
        }
    }

    /** Checks, newest first. */
    @Transactional
    public Page<CheckSummary> list(PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM quote_check").getSingleResult()).longValue();
        List<CheckSummary> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, claim, claimed_speaker, asked_by, asked_at, outcome,"
                + " match_count FROM quote_check ORDER BY asked_at DESC, id DESC LIMIT :l OFFSET :o")
                .setParameter("l", page.size()).setParameter("o", (long) page.offset()).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new CheckSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    ClusterService.instant(r[4]), (String) r[5], ((Number) r[6]).intValue()));
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The answer for a normalised claim. */
    Answer answer(String claim, String claimedSpeaker) {
        String n = QuoteText.normalize(claim);
        Map<Long, MatchKind> direct = new LinkedHashMap<>();
        for (Object id : em.createNativeQuery("SELECT id FROM quotation WHERE normalized = :n ORDER BY id LIMIT :max")
                .setParameter("n", n).setParameter("max", MAX_EXACT).getResultList()) {
            direct.put(((Number) id).longValue(), MatchKind.EXACT);
        }
        Map<Long, Long> clusterOf = new LinkedHashMap<>();
        if (QuoteText.clusterable(n)) {
            for (ClusterService.Candidate c : clusters.near(n, -1)) {
                if (Similarity.words(n, c.normalized()) >= Similarity.NEAR) {
                    direct.putIfAbsent(c.quotationId(), MatchKind.NEAR);
                    clusterOf.put(c.quotationId(), c.clusterId());
                }
            }
        }
        if (MatchKind.containable(n)) {
            for (ClusterService.Candidate c : clusters.containing(n, -1)) {
                if (QuoteText.containsWords(c.normalized(), n)) {
                    direct.putIfAbsent(c.quotationId(), MatchKind.CLAIM_INSIDE_QUOTATION);
                    clusterOf.put(c.quotationId(), c.clusterId());
                }
            }
        }
        for (ClusterService.Candidate c : clusters.containedIn(n, -1)) {
            if (MatchKind.containable(c.normalized()) && QuoteText.containsWords(n, c.normalized())) {
                direct.putIfAbsent(c.quotationId(), MatchKind.QUOTATION_INSIDE_CLAIM);
                clusterOf.put(c.quotationId(), c.clusterId());
            }
        }
        List<Member> directMembers = reads.quotations(new ArrayList<>(direct.keySet()));
        // clusters of the matches, the closest match first; exact matches too short to cluster stand alone
        Map<Long, MatchKind> clusterKinds = new LinkedHashMap<>();
        List<Member> loose = new ArrayList<>();
        Map<Long, Long> clusterIds = clusterIds(direct.keySet(), clusterOf);
        for (Member m : directMembers) {
            Long c = clusterIds.get(m.quotationId());
            MatchKind kind = direct.get(m.quotationId());
            if (c == null) {
                loose.add(m);
            } else {
                clusterKinds.merge(c, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        List<Long> ordered = clusterKinds.entrySet().stream()
                .sorted(Map.Entry.<Long, MatchKind>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        boolean truncated = ordered.size() > MAX_GROUPS;
        ordered = ordered.subList(0, Math.min(ordered.size(), MAX_GROUPS));
        Map<Long, List<Member>> members = reads.members(ordered, MAX_PER_GROUP);
        List<Group> groups = new ArrayList<>();
        List<Member> all = new ArrayList<>();
        for (long c : ordered) {
            ClusterViews.ClusterSummary s = reads.summary(c);
            List<Match> matches = matches(claim, members.getOrDefault(c, List.of()));
            truncated |= s.memberCount() > matches.size();
            matches.forEach(m -> all.add(m.quotation()));
            groups.add(new Group(c, s.text(), s.conflict(), s.memberCount(), matches));
        }
        for (Member m : loose.subList(0, Math.min(loose.size(), MAX_PER_GROUP))) {
            List<Match> one = matches(claim, List.of(m));
            all.add(one.get(0).quotation());
            groups.add(new Group(null, m.text(), false, 1, one));
        }
        truncated |= loose.size() > MAX_PER_GROUP;
        return answerOf(claimedSpeaker, groups, all, truncated);
    }

    /** Cluster of each direct match: from the candidate rows, else read (exact matches). */
    private Map<Long, Long> clusterIds(Set<Long> ids, Map<Long, Long> known) {
        Map<Long, Long> out = new LinkedHashMap<>(known);
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (Object row : em.createNativeQuery("SELECT id, cluster_id FROM quotation WHERE id IN (:ids)"
                    + " AND cluster_id IS NOT NULL").setParameter("ids", missing).getResultList()) {
                Object[] r = (Object[]) row;
                out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return out;
    }

    /** Members as matches with their diff against the claim, closest first, then earliest. */
    private static List<Match> matches(String claim, List<Member> members) {
        String n = QuoteText.normalize(claim);
        List<Match> out = new ArrayList<>();
        for (Member m : members) {
            out.add(new Match(MatchKind.of(n, QuoteText.normalize(m.text())), ClusterReads.withDriftTo(m, claim)));
        }
        out.sort(Comparator.comparing(Match::kind).thenComparing(x -> x.quotation().article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(x -> x.quotation().quotationId()));
        return out;
    }

    private Answer answerOf(String claimedSpeaker, List<Group> groups, List<Member> all, boolean truncated) {
        if (all.isEmpty()) {
            ClaimedSpeaker claimed = claimedSpeaker == null ? null : new ClaimedSpeaker(claimedSpeaker, null, null);
            return new Answer("NO_MATCH", "No stored quotation matches these words: the archive has never quoted them.",
                    new Summary(0, 0, List.of(), null, claimed, null, false), List.of(), false);
        }
        // who the matches name, after name resolution across articles
        Map<Long, String[]> rows = new TreeMap<>();
        for (Member m : all) {
            if (m.speaker() != null && m.speaker().id() != null) {
                rows.put(m.speaker().id(), new String[] {m.speaker().name(), NameKey.of(m.speaker().name())});
            }
        }
        List<SpeakerGroups.Group> people = SpeakerGroups.of(clusters.names(rows));
        List<ClusterViews.SpeakerTally> tallies = new ArrayList<>();
        for (SpeakerGroups.Group g : people) {
            Set<Long> articles = new HashSet<>();
            for (Member m : all) {
                if (m.speaker() != null && m.speaker().id() != null && g.contains(m.speaker().id())) {
                    articles.add(m.article().id());
                }
            }
            tallies.add(new ClusterViews.SpeakerTally(g.head().name(),
                    g.members().stream().map(SpeakerGroups.Name::id).sorted().toList(), articles.size()));
        }
        tallies.sort(Comparator.comparingLong(ClusterViews.SpeakerTally::articleCount).reversed()
                .thenComparing(ClusterViews.SpeakerTally::name));
        Member earliest = all.stream().min(Comparator.comparing((Member m) -> m.article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Member::quotationId)).orElseThrow();
        ClaimedSpeaker claimed = null;
        if (claimedSpeaker != null) {
            String key = NameKey.of(claimedSpeaker);
            SpeakerGroups.Group match = people.stream().filter(g -> SpeakerGroups.names(key, g)).findFirst().orElse(null);
            claimed = new ClaimedSpeaker(claimedSpeaker, people.isEmpty() ? null : match != null,
                    match == null ? null : match.head().name());
        }
        MatchKind best = groups.stream().flatMap(g -> g.matches().stream()).map(Match::kind).min(Comparator.naturalOrder())
                .orElseThrow();
        boolean wordingDiffers = best != MatchKind.EXACT;
        long articleCount = all.stream().map(m -> m.article().id()).distinct().count();
        Summary summary = new Summary(all.size(), articleCount, tallies, earliest, claimed, wordingDiffers,
                people.size() > 1);
        return new Answer(best.name(), message(summary, best), summary, groups, truncated);
    }

    /** The answer in a few plain sentences, as the desk shows it above the details. */
    static String message(Summary s, MatchKind best) {
        StringBuilder sb = new StringBuilder();
        sb.append(best == MatchKind.EXACT ? "These exact words" : "Similar words").append(" appear in ")
                .append(s.articleCount()).append(s.articleCount() == 1 ? " stored article" : " stored articles");
        if (s.speakers().isEmpty()) {
            sb.append(", with no named speaker.");
        } else {
            sb.append(", attributed to ");
            List<String> parts = s.speakers().stream().map(t -> t.name() + " (" + t.articleCount()
                    + (t.articleCount() == 1 ? " article)" : " articles)")).toList();
            sb.append(String.join(", ", parts)).append('.');
        }
        if (s.conflict()) {
            sb.append(" Outlets disagree about who said them.");
        }
        if (s.wordingDiffers() != null && s.wordingDiffers()) {
            sb.append(" The wording differs from every stored version.");
        }
        if (s.claimedSpeaker() != null) {
            if (s.claimedSpeaker().agrees() == null) {
                sb.append(" No stored version names a speaker to compare with ").append(s.claimedSpeaker().name())
                        .append('.');
            } else if (s.claimedSpeaker().agrees()) {
                sb.append(" The claimed speaker, ").append(s.claimedSpeaker().name()).append(", agrees (")
                        .append(s.claimedSpeaker().resolvedTo()).append(").");
            } else {
                sb.append(" No stored version attributes them to ").append(s.claimedSpeaker().name()).append('.');
            }
        }
        return sb.toString();
    }
}
