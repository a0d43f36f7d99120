package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotecheck.cluster.QuoteText;

/**
 * Full-text search over quotation texts, with fuzzy matching for misspellings and near wording.
 *
 * <p>{@code q} is in websearch syntax ({@code websearch_to_tsquery}): words (all must occur,
 * stemmed, accents and case folded, English stop words ignored), {@code "a quoted phrase"},
 * {@code or}, and {@code -word} to exclude. Full-text hits are ranked by cover density
 * ({@code ts_rank_cd}, normalised by the text's length), best first, ties by id. At most
 * {@link #CANDIDATES} of them are ranked: a query matching more is answered from the first
 * {@value #CANDIDATES} found ({@link Result#capped()}; narrow it with words or filters).
 *
 * <p>When the full-text search finds nothing, trigram matching on the normalised text
 * ({@code quotation.normalized}, {@code <%} i.e. word similarity ≥ {@value #FUZZY_SIMILARITY})
 * answers up to {@link #FUZZY_CANDIDATES} near matches, most similar first: "imposse its own
 * rulez" finds "impose its own rules", and a query
 * of only stop words ("to be that is the question") still finds its quotation. Excluded words
 * exclude fuzzy hits too; a query with a quoted phrase or {@code or} gets no fuzzy hits (it says
 * exactly what to match). The fuzzy query has its own statement timeout ({@value #FUZZY_TIMEOUT_MS} ms):
 * when it runs out, the answer is the full-text hits alone.
 *
 * <p>Conditions are SQL over {@code quotation q}, {@code speaker s}, {@code article a} and
 * {@code quote_cluster qc} (see {@link #FROM}), with named parameters.
 */
@ApplicationScoped
public class TextSearch {

    private static final Logger LOG = Logger.getLogger(TextSearch.class);

    /** Full-text matches ranked per query at most. */
    public static final int CANDIDATES = 1000;
    /** Fuzzy hits added at most. */
    public static final int FUZZY_CANDIDATES = 100;
    /** pg_trgm word similarity a fuzzy hit needs. */
    public static final double FUZZY_SIMILARITY = 0.55;
    /** Statement timeout of the fuzzy query. */
    public static final int FUZZY_TIMEOUT_MS = 400;
    /** Fewest letters and digits a query needs for fuzzy matching (shorter ones match too much). */
    static final int FUZZY_MIN_CHARS = 4;

    /** What every search condition may refer to; left joins the planner drops when unused. */
    public static final String FROM = " from quotation q left join speaker s on s.id = q.speaker_id"
            + " left join article a on a.id = q.article_id left join quote_cluster qc on qc.id = q.cluster_id";

    private static final java.util.regex.Pattern SPEAKER = alias("s"), ARTICLE = alias("a"), CLUSTER = alias("qc");

    private static java.util.regex.Pattern alias(String alias) {
        return java.util.regex.Pattern.compile("(?<![\\w.])" + alias + "\\.");
    }

    /**
     * {@link #FROM} with only the joins these conditions refer to: the planner drops unused left
     * joins but still plans them, and a join to the clusters made every ranked candidate probe one.
     */
    public static String from(Conditions conditions) {
        return " from quotation q" + joins(conditions.where(), true);
    }

    /**
     * The joins these conditions refer to (speaker {@code s}, article {@code a} and, unless the
     * caller joins it itself, cluster {@code qc}), to append after {@code from quotation q}.
     */
    public static String joins(List<String> where, boolean cluster) {
        String clause = String.join(" ", where);
        StringBuilder joins = new StringBuilder();
        if (SPEAKER.matcher(clause).find()) {
            joins.append(" left join speaker s on s.id = q.speaker_id");
        }
        if (ARTICLE.matcher(clause).find()) {
            joins.append(" left join article a on a.id = q.article_id");
        }
        if (cluster && CLUSTER.matcher(clause).find()) {
            joins.append(" left join quote_cluster qc on qc.id = q.cluster_id");
        }
        return joins.toString();
    }

    static final String CONFIG = "quotecheck_search";

    /** SQL conditions (joined with AND) and their named parameters. */
    public record Conditions(List<String> where, Map<String, Object> params) {
        public String clause() {
            return where.isEmpty() ? "" : " and " + String.join(" and ", where);
        }
    }

    /** How a quotation matched. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SearchMatch",
            description = "FULL_TEXT: the words of q; FUZZY: near wording (only when nothing matches exactly)")
    public enum Match {
        FULL_TEXT, FUZZY
    }

    /** One matching quotation: its id, status, cluster (or null), how it matched and its rank (higher is better). */
    public record Hit(long id, String status, Long clusterId, Match match, double rank) {
    }

    /** The hits, best first; {@code capped} when more full-text matches exist than were ranked. */
    public record Result(List<Hit> hits, boolean capped) {
    }

    private final EntityManager em;

    TextSearch(EntityManager em) {
        this.em = em;
    }

    /** Hits of {@code q} under {@code conditions}, best first. Call inside a transaction. */
    public Result match(String q, Conditions conditions) {
        return em.unwrap(Session.class).doReturningWork(c -> run(c, q, conditions));
    }

    private Result run(Connection c, String q, Conditions conditions) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        String sql = "select c.id, c.status, c.cluster_id, c.rank from (select q.id, q.status, q.cluster_id,"
                + " ts_rank_cd(q.search_vector, query, 1|32) as rank"
                + from(conditions) + ", websearch_to_tsquery('" + CONFIG + "', ?) query"
                + " where q.search_vector @@ query" + conditions.clause() + " limit " + (CANDIDATES + 1) + ") c"
                + " order by c.rank desc, c.id";
        try (PreparedStatement ps = prepare(c, sql, List.of(q), conditions); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(new Hit(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        Match.FULL_TEXT, rs.getDouble(4)));
            }
        }
        boolean capped = hits.size() > CANDIDATES;
        if (capped) {
            // the extra row only said "there are more"; which one it was is arbitrary
            hits.sort(java.util.Comparator.comparingDouble(Hit::rank).reversed().thenComparingLong(Hit::id));
            hits.remove(hits.size() - 1);
        }
        if (hits.isEmpty() && !precise(q)) {
            hits.addAll(fuzzy(c, q, conditions));
        }
        return new Result(hits, capped);
    }

    private List<Hit> fuzzy(Connection c, String q, Conditions conditions) throws SQLException {
        String words = String.join(" ", Snippet.positiveWords(q));
        if (words.replace(" ", "").length() < FUZZY_MIN_CHARS) {
            return List.of();
        }
        List<String> excluded = negativeWords(q);
        String sql = "select q.id, q.status, q.cluster_id, word_similarity(?, q.normalized) as sim"
                + from(conditions)
                + " where ? <% q.normalized"
                + (excluded.isEmpty() ? "" : " and not (q.search_vector @@ websearch_to_tsquery('" + CONFIG + "', ?))")
                + conditions.clause() + " order by sim desc, q.id limit " + FUZZY_CANDIDATES;
        List<Object> leading = new ArrayList<>(List.of(words, words));
        if (!excluded.isEmpty()) {
            leading.add(String.join(" or ", excluded));
        }
        List<Hit> hits = new ArrayList<>();
        // A savepoint as SQL (the pool refuses JDBC savepoint rollbacks inside a managed transaction):
        // the timeout and threshold are set inside it, and rolling back to it restores both, also
        // after a timeout, which would otherwise abort the whole transaction.
        try (Statement st = c.createStatement()) {
            st.execute("savepoint fuzzy_search");
            try {
                st.execute("select set_config('statement_timeout', '" + FUZZY_TIMEOUT_MS + "', true),"
                        + " set_config('pg_trgm.word_similarity_threshold', '" + FUZZY_SIMILARITY + "', true)");
                try (PreparedStatement ps = prepare(c, sql, leading, conditions); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new Hit(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                                Match.FUZZY, rs.getDouble(4)));
                    }
                }
            } catch (SQLException e) {
                // 57014: the statement timeout; anything else is as unexpected as in the main query
                if (!"57014".equals(e.getSQLState())) {
                    throw e;
                }
                LOG.debugf("fuzzy search for a %d-character query ran out of time; no near matches", q.length());
                hits.clear();
            } finally {
                st.execute("rollback to savepoint fuzzy_search");
                st.execute("release savepoint fuzzy_search");
            }
        }
        return hits;
    }

    /**
     * The clusters among these hits whose members name different speakers, read once for the
     * distinct clusters: few clusters conflict, and a join made each of up to {@value #CANDIDATES}
     * ranked candidates probe one. Call inside a transaction.
     */
    public java.util.Set<Long> conflicted(List<Hit> hits) {
        Long[] clusterIds = hits.stream().map(Hit::clusterId).filter(java.util.Objects::nonNull).distinct()
                .toArray(Long[]::new);
        if (clusterIds.length == 0) {
            return new java.util.HashSet<>(); // not Set.of(): callers ask it about hits without a cluster (null)
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            java.util.Set<Long> conflicted = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select id from quote_cluster where id = any(?) and conflict")) {
                ps.setArray(1, c.createArrayOf("bigint", clusterIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        conflicted.add(rs.getLong(1));
                    }
                }
            }
            return conflicted;
        });
    }

    /**
     * Whether the query uses a quoted phrase or {@code or}: the caller said exactly what to match, and
     * fuzzy matching would add what they ruled out (scattered words for a phrase).
     */
    static boolean precise(String q) {
        if (q.indexOf('"') >= 0) {
            return true;
        }
        for (String token : q.strip().split("\\s+")) {
            if (token.equalsIgnoreCase("or")) {
                return true;
            }
        }
        return false;
    }

    /** The words a websearch query excludes ({@code -word}), as written. */
    static List<String> negativeWords(String q) {
        List<String> words = new ArrayList<>();
        for (String token : q.strip().split("\\s+")) {
            if (token.startsWith("-") && !QuoteText.words(token).isEmpty()) {
                words.addAll(QuoteText.words(token));
            }
        }
        return words;
    }

    /**
     * A statement for {@code sql} whose {@code ?} placeholders come first ({@code leading}) and whose
     * named parameters ({@code :name} in the conditions) follow, in the order they appear.
     */
    private static PreparedStatement prepare(Connection c, String sql, List<Object> leading, Conditions conditions)
            throws SQLException {
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>();
        int questionMarks = 0;
        Map<String, Object> params = new HashMap<>(conditions.params());
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?') {
                values.add(leading.get(questionMarks++));
                out.append('?');
            } else if (ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < sql.length() && Character.isJavaIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                String name = sql.substring(i + 1, j);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                values.add(params.get(name));
                out.append('?');
                i = j - 1;
            } else {
                out.append(ch);
            }
        }
        PreparedStatement ps = c.prepareStatement(out.toString());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof java.time.Instant instant) {
                ps.setObject(i + 1, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
        return ps;
    }
}
