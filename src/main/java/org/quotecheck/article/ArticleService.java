package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotecheck.fetch.FetchedPage;
import org.quotecheck.fetch.PageFetcher;
import org.quotecheck.review.QuotationService;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.UnprocessableException;

/** Ingests articles (idempotent by the SHA-256 of their text) and reads them back. */
@ApplicationScoped
public class ArticleService {

    static final int MAX_URL = 2048;
    static final int MAX_TITLE = 1000;
    static final int MAX_PUBLISHER = 500;

    private final Extraction extraction;
    private final ArticleStore store;
    private final QuotationService quotations;
    private final EntityManager em;
    private final PageFetcher fetcher;

    ArticleService(Extraction extraction, ArticleStore store, QuotationService quotations, EntityManager em,
            PageFetcher fetcher) {
        this.fetcher = fetcher;
        this.extraction = extraction;
        this.store = store;
        this.quotations = quotations;
        this.em = em;
    }

    /**
     * Stores the article with its quotations and speakers in one transaction, or finds the one
     * stored before with the same text. Extraction runs before that transaction, so a long
     * article does not hold a database connection while it is analysed. A command with only a
     * {@code url} fetches that page first (see {@link #ingestUrl}).
     *
     * @throws InvalidInputException when the command is not a valid article
     * @throws org.quotecheck.support.UnprocessableException when its URL gives no article
     */
    public IngestResult ingest(IngestCommand command) {
        Stored stored = store(command);
        return new IngestResult(get(stored.id()), stored.created());
    }

    /** An ingested article's id; {@code created} false when it was there already. */
    public record Stored(long id, boolean created) {
    }

    /**
     * {@link #ingest} without reading the article back, for bulk imports. Called inside a
     * transaction, the article joins it (an import batch commits its articles together).
     */
    public Stored store(IngestCommand command) {
        if (command.text() == null && command.html() == null && command.url() != null && !command.url().isBlank()) {
            return ingestUrl(command);
        }
        ArticleText article = ArticleText.of(command.text(), command.html());
        String url = Inputs.httpUrl("url", command.url(), MAX_URL);
        return store(article.text(), url, command, article.htmlTitle(), ArticleStore.Fetched.NONE);
    }

    /**
     * Fetches the page at the command's URL and ingests its main text with the page's metadata
     * (the command's title, publisher and date win over the page's). A page already stored under
     * the same URL, final URL or canonical URL is not fetched or stored again; the same text under
     * another URL is found by its hash as always.
     */
    private Stored ingestUrl(IngestCommand command) {
        return ingestUrl(command, null, null);
    }

    /**
     * A feed's item: the page at {@code url}, ingested as by URL, except that the page's own title
     * and publication date win and the feed's ({@code title}, {@code publishedAt}, ISO-8601) fill
     * in only where the page has none. An article stored before under this URL (or with this text)
     * is answered without a fetch or with {@code created} false.
     */
    public Stored storeFeedItem(String url, String title, String publishedAt) {
        return ingestUrl(new IngestCommand(null, null, url, null, null, null), truncate(title, MAX_TITLE), publishedAt);
    }

    private Stored ingestUrl(IngestCommand command, String fallbackTitle, String fallbackPublishedAt) {
        String requested = UrlKey.of(Inputs.httpUrl("url", command.url(), MAX_URL));
        Optional<Long> known = store.findByUrl(List.of(requested));
        if (known.isPresent()) {
            return new Stored(known.get(), false);
        }
        FetchedPage fetched = fetcher.fetch(requested);
        NewsPage page = NewsPage.of(fetched.document());
        if (page.text().isBlank()) {
            throw new UnprocessableException("no-article-text", "No article text", "url",
                    fetched.url() + " has no article text: the page holds no visible paragraphs.");
        }
        Inputs.requireStorable("url", page.text());
        String finalUrl = UrlKey.of(fetched.url().toString());
        String canonical = page.canonicalUrl() == null ? null : UrlKey.of(page.canonicalUrl());
        List<String> keys = java.util.stream.Stream.of(requested, finalUrl, canonical)
                .filter(java.util.Objects::nonNull).distinct().toList();
        String otherUrl = canonical != null && !canonical.equals(requested) ? canonical
                : !finalUrl.equals(requested) ? finalUrl : null;
        IngestCommand withPage = new IngestCommand(null, null, requested,
                first(command.title(), page.title(), fallbackTitle),
                first(command.publisher(), page.publisher(), null),
                first(command.publishedAt(), page.publishedAt(), fallbackPublishedAt));
        return store(page.text(), requested, withPage, null,
                new ArticleStore.Fetched(otherUrl, truncate(page.author(), MAX_PUBLISHER), keys));
    }

    private Stored store(String text, String url, IngestCommand command, String fallbackTitle,
            ArticleStore.Fetched fetched) {
        return store(prepare(text, url, command, fallbackTitle, fetched));
    }

    /**
     * An article checked and ready to store; {@code drafts} are its extracted quotations, or null
     * until {@link #extract} ran (an article already stored is never extracted).
     */
    public record Prepared(String sha, String text, String url, String title, String publisher, Instant publishedAt,
            ArticleStore.Fetched fetched, List<Extraction.Draft> drafts) {

        Prepared withDrafts(List<Extraction.Draft> extracted) {
            return new Prepared(sha, text, url, title, publisher, publishedAt, fetched, extracted);
        }
    }

    /**
     * Checks a text or HTML article without touching the database, so that a bulk import can
     * prepare a batch on every core and then store it in one transaction; null for a command with
     * only a URL (its page is fetched when it is stored).
     *
     * @throws InvalidInputException when the command is not a valid article
     */
    public Prepared prepare(IngestCommand command) {
        if (command.text() == null && command.html() == null && command.url() != null && !command.url().isBlank()) {
            return null;
        }
        ArticleText article = ArticleText.of(command.text(), command.html());
        String url = Inputs.httpUrl("url", command.url(), MAX_URL);
        return prepare(article.text(), url, command, article.htmlTitle(), ArticleStore.Fetched.NONE);
    }

    private Prepared prepare(String text, String url, IngestCommand command, String fallbackTitle,
            ArticleStore.Fetched fetched) {
        String title = Inputs.optional("title", command.title(), MAX_TITLE);
        if (title == null && fallbackTitle != null) {
            title = truncate(fallbackTitle, MAX_TITLE);
        }
        String publisher = Inputs.optional("publisher", command.publisher(), MAX_PUBLISHER);
        return new Prepared(sha256(text), text, url, title, publisher, publishedAt(command.publishedAt()), fetched, null);
    }

    /** Extracts a prepared article's quotations: CPU only, safe on any thread. */
    public Prepared extract(Prepared p) {
        return p.drafts() != null ? p : p.withDrafts(extraction.draft(p.text()));
    }

    /**
     * Extracts a batch of prepared articles on every core, in order; nulls (articles given by URL)
     * and those whose hash is in {@code skip} (stored already) stay as they are.
     */
    public List<Prepared> extractAll(List<Prepared> batch, java.util.Set<String> skip) {
        return java.util.stream.IntStream.range(0, batch.size()).parallel().mapToObj(i -> batch.get(i))
                .map(p -> p == null || skip.contains(p.sha()) ? p : extract(p)).toList();
    }

    /** Of these SHA-256 hashes, the ones of articles stored already (one query for a batch). */
    public java.util.Set<String> storedHashes(java.util.Collection<String> hashes) {
        return store.storedHashes(hashes);
    }

    /**
     * Before a transaction stores several prepared articles: takes their locks in one order (see
     * {@code ArticleStore.lockAhead}), so that two such transactions never deadlock.
     */
    public void lockAhead(List<Prepared> batch) {
        store.lockAhead(batch.stream().map(Prepared::sha).toList(),
                batch.stream().filter(p -> p.drafts() != null).map(Prepared::drafts).toList());
    }

    /**
     * Stores a prepared article, or finds the one stored before with the same text. In a
     * transaction of its own (a single POST), an attempt that PostgreSQL rolled back as a deadlock
     * victim is tried again (up to three times): the caller did nothing wrong, and the article is
     * found or stored whole. Inside a caller's transaction (a batch) the caller retries.
     */
    public Stored store(Prepared p) {
        boolean own = !io.quarkus.narayana.jta.QuarkusTransaction.isActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return storeOnce(p);
            } catch (RuntimeException e) {
                if (!own || attempt >= 3 || !deadlockVictim(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlockVictim(Throwable failure) {
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private Stored storeOnce(Prepared p) {
        Optional<Long> existing = store.findBySha(p.sha());
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        Prepared extracted = extract(p);
        ArticleStore.Saved saved = store.save(new ArticleStore.NewArticle(p.sha(), p.text(), p.url(), p.title(),
                p.publisher(), p.publishedAt(), extraction.version(), extracted.drafts(), p.fetched()));
        return new Stored(saved.id(), saved.created());
    }

    @Transactional
    public ArticleView get(long id) {
        Article a = em.find(Article.class, id);
        if (a == null) {
            throw new NotFoundException("article", id);
        }
        return new ArticleView(a.id, a.url, a.title, a.publisher, a.canonicalUrl, a.author, a.publishedAt, a.ingestedAt, a.sha256,
                a.extractorVersion, a.text, quotations.ofArticle(a.id));
    }

    /** Articles, most recently ingested first. */
    @Transactional
    public Page<ArticleSummary> list(PageRequest page) {
        long total = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        List<Article> articles = em.createQuery("from Article a order by a.ingestedAt desc, a.id desc", Article.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> counts = quotations.countByArticle(articles.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = articles.stream().map(a -> new ArticleSummary(a.id, a.url, a.title,
                a.publisher, a.canonicalUrl, a.author, a.publishedAt, a.ingestedAt, a.sha256, a.extractorVersion,
                counts.getOrDefault(a.id, 0L))).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    // PostgreSQL stores years 4713 BC to 294276 AD; a news article's date lies well inside this.
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Parses a publication date or date-time; public so that the desk form reads it the same way. */
    public static Instant publishedAt(String raw) {
        Instant at = Inputs.isoInstant("publishedAt", raw, "2021-03-19T08:00:00Z");
        if (at == null) {
            return null;
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw InvalidInputException.of("publishedAt", "publishedAt must lie between the years 1 and 9999 (got '"
                    + raw.strip() + "').");
        }
        return at;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String truncate(String s, int codePoints) {
        if (s == null) {
            return null;
        }
        return s.codePointCount(0, s.length()) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
