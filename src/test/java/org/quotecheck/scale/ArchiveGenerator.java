package org.quotecheck.scale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.quotecheck.cluster.QuoteText;

/**
 * Writes a synthetic archive ({@link ArchivePlan}) straight into PostgreSQL with {@code COPY … FROM
 * STDIN}: speakers, articles whose text holds their quotations, quotations with every column an
 * ingest fills ({@code normalized}, {@code cluster_id}, speakers, offsets,
 * context), the clusters with their counts, first appearance and conflict flag, and a review record
 * for each reviewed quotation. Ids come from the tables' own sequences (a range is reserved), and
 * everything is one transaction: the archive appears whole or not at all.
 *
 * <p>Run against any migrated database: {@code ArchiveGenerator JDBC_URL USER PASSWORD [articles]
 * [quotations] [seed]} (README, "Scale"). {@code rebuildIndexes} drops the quotation table's
 * secondary indexes before the copy and builds them again after it, in the same transaction.
 */
public final class ArchiveGenerator {

    /** What was written: the id ranges and counts, for tests and benchmarks. */
    public record Written(long firstArticleId, int articles, long firstQuotationId, int quotations,
            long firstClusterId, int clusters, long firstSpeakerId, int reviews, Duration took) {
    }

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final String VERSION = "synthetic-1";
    private static final String[] UNNAMED = {"an official", "a spokesperson", "a senior aide"};
    private static final String[] VERDICTS = {"VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED",
        "MISQUOTED", "MISQUOTED", "UNVERIFIABLE", "MISATTRIBUTED", "NOT_A_QUOTE"};

    private final ArchivePlan plan;

    ArchiveGenerator(ArchivePlan plan) {
        this.plan = plan;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ArchiveGenerator JDBC_URL USER PASSWORD [articles=100000] [quotations=10×articles] [seed=1]");
            System.exit(2);
        }
        int articles = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int quotations = args.length > 4 ? Integer.parseInt(args[4]) : articles * 10;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 1;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            Written w = generate(c, seed, articles, quotations, articles >= 20_000);
            System.out.println(w);
        }
    }

    /** Plans and writes an archive on {@code c} (committed when this returns). */
    public static Written generate(Connection c, long seed, int articles, int quotations, boolean rebuildIndexes)
            throws SQLException {
        long t0 = System.nanoTime();
        ArchivePlan plan = new ArchivePlan(seed, articles, quotations);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Written w = new ArchiveGenerator(plan).write(c, rebuildIndexes, t0);
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE article");
                s.execute("ANALYZE quotation");
                s.execute("ANALYZE quote_cluster");
                s.execute("ANALYZE speaker");
            }
            return new Written(w.firstArticleId(), w.articles(), w.firstQuotationId(), w.quotations(),
                    w.firstClusterId(), w.clusters(), w.firstSpeakerId(), w.reviews(),
                    Duration.ofNanos(System.nanoTime() - t0));
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private Written write(Connection c, boolean rebuildIndexes, long t0) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL maintenance_work_mem = '256MB'");
        }
        long speakers = reserve(c, "speaker", 2L * plan.people);
        long articleIds = reserve(c, "article", plan.articles);
        long quotationIds = reserve(c, "quotation", plan.quotations());
        long clusterIds = reserve(c, "quote_cluster", Math.max(1, plan.clusters));
        Map<String, String> indexes = rebuildIndexes ? dropIndexes(c) : Map.of();
        Copy copy = new Copy(c);
        copySpeakers(copy, speakers);
        log("speakers", t0);
        copyClusters(copy, clusterIds, articleIds, quotationIds, speakers);
        log("clusters", t0);
        copyArticles(copy, articleIds);
        log("articles", t0);
        int reviews = copyQuotations(copy, articleIds, quotationIds, clusterIds, speakers);
        log("quotations", t0);
        long reviewIds = reserve(c, "review", Math.max(1, reviews));
        copyReviews(copy, reviewIds, quotationIds, speakers);
        for (Map.Entry<String, String> e : indexes.entrySet()) {
            try (Statement s = c.createStatement()) {
                s.execute(e.getValue());
            }
            log("index " + e.getKey(), t0);
        }
        return new Written(articleIds, plan.articles, quotationIds, plan.quotations(), clusterIds, plan.clusters,
                speakers, reviews, null);
    }

    private static void log(String what, long t0) {
        System.out.printf("  %-40s %6.1f s%n", what + " written", (System.nanoTime() - t0) / 1e9);
    }

    /** Reserves {@code n} ids of a table's identity sequence; returns the first. */
    static long reserve(Connection c, String table, long n) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval(pg_get_serial_sequence('"
                + table + "', 'id'))")) {
            r.next();
            long first = r.getLong(1);
            try (Statement t = c.createStatement()) {
                t.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + n - 1) + ")");
            }
            return first;
        }
    }

    /** Drops the quotation table's secondary indexes (not those behind constraints); returns their definitions. */
    private static Map<String, String> dropIndexes(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename = 'quotation'"
                + " AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        for (String name : out.keySet()) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX " + name);
            }
        }
        return out;
    }

    private void copySpeakers(Copy copy, long first) throws SQLException {
        copy.start("COPY speaker (id, name, name_key, type, created_at) FROM STDIN");
        for (int p = 0; p < plan.people; p++) {
            for (boolean surname : new boolean[] {false, true}) {
                ArchivePlan.Attribution a = new ArchivePlan.Attribution(p, surname);
                String name = plan.speakerName(a);
                copy.row(ArchivePlan.speakerId(first, a), name, org.quotecheck.speaker.NameKey.of(name), "PERSON",
                        START);
            }
        }
        copy.end();
    }

    private void copyClusters(Copy copy, long first, long articleIds, long quotationIds, long speakers)
            throws SQLException {
        copy.start("COPY quote_cluster (id, normalized, representative, first_quotation_id, first_seen_at,"
                + " member_count, speaker_count, conflict, created_at, updated_at) FROM STDIN");
        for (int f = 0; f < plan.families; f++) {
            if (plan.familyCluster[f] < 0) {
                continue;
            }
            String base = plan.quote(f, 0) + ",";
            int baseQ = plan.familyBase[f];
            Instant seen = published(articleOf(baseQ));
            int speakerCount = plan.speakerCount(f, speakers);
            copy.row(first + plan.familyCluster[f], QuoteText.normalize(base), base, quotationIds + baseQ, seen,
                    plan.familySize[f], speakerCount, speakerCount > 1, ingested(articleOf(baseQ)),
                    ingested(articleOf(baseQ)));
        }
        copy.end();
    }

    private int articleOf(int q) {
        int lo = 0;
        int hi = plan.articles - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (plan.articleStart[mid] <= q) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    Instant published(int a) {
        return START.plusSeconds((long) a * 365 * 86_400 / plan.articles);
    }

    Instant ingested(int a) {
        return published(a).plusSeconds(3_600);
    }

    private void copyArticles(Copy copy, long first) throws SQLException {
        copy.start("COPY article (id, sha256, url, title, publisher, published_at, text, ingested_at,"
                + " extractor_version) FROM STDIN");
        for (int a = 0; a < plan.articles; a++) {
            Composed article = compose(a);
            SplittableRandom r = plan.text.random(a, 8);
            double u = r.nextDouble();
            String publisher = plan.text.publisher((int) (plan.publishers * u * u));
            String day = published(a).atZone(ZoneOffset.UTC).toLocalDate().toString().replace('-', '/');
            String url = "https://" + publisher.substring(4).toLowerCase().replace(' ', '-') + ".example/" + day
                    + "/" + plan.text.seed() + "-" + a;
            copy.row(first + a, sha256(article.text()), url, SyntheticText.sentence(plan.text.speech(r, 7)), publisher,
                    published(a), article.text(), ingested(a), VERSION);
        }
        copy.end();
    }

    /** An article's text and where each of its quotations sits in it. */
    record Composed(String text, List<Placed> quotations) {
    }

    /** A quotation in its article: offsets of the words, the mention and the cue, and the paragraph. */
    record Placed(int q, String quote, ArchivePlan.Attribution attribution, String mention, int start, int end,
            int mentionStart, int cueStart, int paragraphStart, int paragraphEnd) {
    }

    /** The article: a lead sentence, then one paragraph per quotation ("“…,” said X. Narration."). */
    Composed compose(int a) {
        SplittableRandom r = plan.text.random(a, 5);
        StringBuilder sb = new StringBuilder();
        sb.append("Report ").append(plan.text.seed()).append('-').append(a).append(". ");
        sb.append(plan.text.narration(r, 12 + r.nextInt(8)));
        List<Placed> placed = new ArrayList<>();
        for (int q = plan.articleStart[a]; q < plan.articleStart[a + 1]; q++) {
            int f = plan.quotationFamily[q];
            int j = plan.quotationMember[q];
            ArchivePlan.Attribution at = plan.attribution(f, j);
            String mention = at.named() ? plan.speakerName(at) : UNNAMED[Math.floorMod(q, UNNAMED.length)];
            sb.append("\n\n");
            int paragraph = sb.length();
            sb.append('\u201C');
            int start = sb.length();
            String quote = plan.quote(f, j) + ",";
            sb.append(quote);
            int end = sb.length();
            sb.append("\u201D ");
            int cue = sb.length();
            sb.append("said ");
            int mentionStart = sb.length();
            sb.append(mention).append(". ").append(plan.text.narration(plan.text.random(q, 6), 6 + r.nextInt(6)));
            placed.add(new Placed(q, quote, at, mention, start, end, mentionStart, cue, paragraph, sb.length()));
        }
        return new Composed(sb.toString(), placed);
    }

    private int copyQuotations(Copy copy, long articleIds, long first, long clusterIds, long speakers)
            throws SQLException {
        copy.start("COPY quotation (id, article_id, start_offset, end_offset, text, prefix, suffix, paragraph_start,"
                + " paragraph_end, speaker_id, extracted_speaker_id, speaker_role, mention_text, mention_start,"
                + " mention_end, cue_text, cue_start, cue_end, rule, confidence, status, version, review_count,"
                + " created_at, reviewed_at, normalized, cluster_id, speaker_type, sketch, shingles) FROM STDIN");
        int reviews = 0;
        for (int a = 0; a < plan.articles; a++) {
            Composed article = compose(a);
            String text = article.text();
            for (Placed p : article.quotations()) {
                int f = plan.quotationFamily[p.q()];
                String n = QuoteText.normalize(p.quote());
                boolean clusterable = plan.familyCluster[f] >= 0;
                Long speaker = p.attribution().named() ? ArchivePlan.speakerId(speakers, p.attribution()) : null;
                String status = status(p);
                boolean reviewed = !"PENDING".equals(status);
                reviews += reviewed ? 1 : 0;
                copy.row(first + p.q(), articleIds + a, p.start(), p.end(), p.quote(),
                        text.substring(Math.max(0, p.start() - 32), p.start()),
                        text.substring(p.end(), Math.min(text.length(), p.end() + 32)), p.paragraphStart(),
                        p.paragraphEnd(), speaker, speaker, null, p.mention(), p.mentionStart(),
                        p.mentionStart() + p.mention().length(), "said", p.cueStart(), p.cueStart() + 4, "said-after",
                        0.9, status, reviewed ? 1 : 0, reviewed ? 1 : 0, ingested(a),
                        reviewed ? ingested(a).plusSeconds(86_400) : null, n,
                        clusterable ? clusterIds + plan.familyCluster[f] : null,
                        p.attribution().named() ? "PERSON" : "OTHER",
                        QuoteText.sketchLiteral(clusterable ? QuoteText.sketch(n) : new int[0]),
                        QuoteText.sketchLiteral(clusterable ? QuoteText.shingles(n) : new int[0]));
            }
        }
        copy.end();
        return reviews;
    }

    /** A review status for about 6% of the quotations with a named speaker (PENDING for the others). */
    String status(Placed p) {
        if (!p.attribution().named()) {
            return "PENDING";
        }
        SplittableRandom r = plan.text.random(p.q(), 7);
        return r.nextInt(100) < 6 ? VERDICTS[r.nextInt(VERDICTS.length)] : "PENDING";
    }

    private void copyReviews(Copy copy, long first, long quotationIds, long speakers) throws SQLException {
        copy.start("COPY review (id, quotation_id, verdict, speaker_id, reviewer, quotation_version, created_at)"
                + " FROM STDIN");
        long id = first;
        for (int a = 0; a < plan.articles; a++) {
            for (int q = plan.articleStart[a]; q < plan.articleStart[a + 1]; q++) {
                ArchivePlan.Attribution at = plan.attribution(plan.quotationFamily[q], plan.quotationMember[q]);
                Placed p = new Placed(q, null, at, null, 0, 0, 0, 0, 0, 0);
                String status = status(p);
                if (!"PENDING".equals(status)) {
                    copy.row(id++, quotationIds + q, status,
                            "MISATTRIBUTED".equals(status) ? ArchivePlan.speakerId(speakers, at) : null, "generator", 0,
                            ingested(a).plusSeconds(86_400));
                }
            }
        }
        copy.end();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in COPY's text format, sent in blocks of about a megabyte. */
    static final class Copy {
        private final PGConnection pg;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private CopyIn in;

        Copy(Connection c) throws SQLException {
            this.pg = c.unwrap(PGConnection.class);
        }

        void start(String sql) throws SQLException {
            in = pg.getCopyAPI().copyIn(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof Instant t) {
                    buffer.append(t.toString());
                } else if (v instanceof String s) {
                    escape(s);
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    case '\t' -> buffer.append("\\t");
                    default -> buffer.append(ch);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws SQLException {
            flush();
            in.endCopy();
            in = null;
        }
    }
}
