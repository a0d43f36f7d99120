package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotecheck.clustering.ClusterService;
import org.quotecheck.clustering.IngestClusters;
import org.quotecheck.speaker.NameKey;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.speaker.SpeakerType;

/** Writes an article with its quotations and speakers: one transaction, all or nothing. */
@ApplicationScoped
class ArticleStore {

    /** What to store, validated and extracted. */
    record NewArticle(String sha256, String text, String url, String title, String publisher, Instant publishedAt,
            String extractorVersion, List<Extraction.Draft> drafts, Fetched fetched) {
    }

    /**
     * What a fetched page adds: its canonical URL, author, and the URL keys under which it must
     * not be stored twice (requested, final and canonical URL).
     */
    record Fetched(String canonicalUrl, String author, List<String> urlKeys) {
        static final Fetched NONE = new Fetched(null, null, List.of());
    }

    /** The stored article's id; {@code created} false when the same text was stored already. */
    record Saved(long id, boolean created) {
    }

    private final EntityManager em;
    private final SpeakerService speakers;
    private final ClusterService clusters;
    private final IngestClusters ingestClusters;

    ArticleStore(EntityManager em, SpeakerService speakers, ClusterService clusters, IngestClusters ingestClusters) {
        this.em = em;
        this.speakers = speakers;
        this.clusters = clusters;
        this.ingestClusters = ingestClusters;
    }

    @Transactional
    Optional<Long> findBySha(String sha256) {
        return em.createQuery("select a.id from Article a where a.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getResultList().stream().findFirst(); // a list: see SpeakerService.find
    }

    @Transactional
    java.util.Set<String> storedHashes(java.util.Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return java.util.Set.of();
        }
        return new HashSet<>(em.createQuery("select a.sha256 from Article a where a.sha256 in :h", String.class)
                .setParameter("h", hashes).getResultList());
    }

    /** An article stored under one of these URLs, as its URL or its canonical URL. */
    @Transactional
    Optional<Long> findByUrl(List<String> urls) {
        if (urls.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a.id from Article a where a.url in :urls or a.canonicalUrl in :urls"
                + " order by a.id", Long.class).setParameter("urls", urls).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Takes every lock that storing these articles will take, phase by phase in the order a single
     * article takes them (its text, new speaker names, clusterable words; each phase sorted), so
     * that a transaction storing many articles cannot deadlock with another one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockAhead(List<String> hashes, List<List<Extraction.Draft>> drafts) {
        org.quotecheck.support.AdvisoryLocks.lock(em, 1, new java.util.TreeSet<>(hashes));
        List<String> names = new ArrayList<>();
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (List<Extraction.Draft> article : drafts) {
            for (Extraction.Draft d : article) {
                if (named(d.quotation())) {
                    names.add(d.quotation().speaker().name());
                }
                String n = org.quotecheck.cluster.QuoteText.normalize(d.quotation().text());
                if (org.quotecheck.cluster.QuoteText.clusterable(n)) {
                    words.add(n);
                }
            }
        }
        speakers.lockNewNames(names);
        clusters.lockKeys(words);
    }

    private void shaLock(String sha) {
        org.quotecheck.support.AdvisoryLocks.lock(em, 1, new java.util.TreeSet<>(List.of(sha)));
    }

    @Transactional
    Saved save(NewArticle n) {
        // The same page fetched twice at once: one waits for the other and then finds its article.
        org.quotecheck.support.AdvisoryLocks.lock(em, 2, new java.util.TreeSet<>(n.fetched().urlKeys()));
        Optional<Long> sameUrl = findByUrl(n.fetched().urlKeys());
        if (sameUrl.isPresent()) {
            return new Saved(sameUrl.get(), false);
        }
        // Concurrent posts of the same text take turns here; the later one then finds the article
        // (the unique sha256 constraint stays as the last line of defence).
        shaLock(n.sha256());
        Optional<Long> existing = findBySha(n.sha256());
        if (existing.isPresent()) {
            return new Saved(existing.get(), false);
        }
        Article article = new Article();
        article.sha256 = n.sha256();
        article.text = n.text();
        article.url = n.url();
        article.title = n.title();
        article.publisher = n.publisher();
        article.canonicalUrl = n.fetched().canonicalUrl();
        article.author = n.fetched().author();
        article.publishedAt = n.publishedAt();
        article.ingestedAt = Instant.now();
        article.extractorVersion = n.extractorVersion();
        em.persist(article);

        Map<String, Speaker> byKey = resolveSpeakers(n.drafts());
        Set<List<Integer>> spans = new HashSet<>();
        List<QuotationRows.Row> rows = new ArrayList<>();
        for (Extraction.Draft draft : n.drafts()) {
            ExtractionView.ExtractedQuotation x = draft.quotation();
            if (!spans.add(List.of(x.start(), x.end()))) {
                continue; // one row per span, even if the extractor repeated itself
            }
            Speaker speaker = named(x) ? byKey.get(NameKey.of(x.speaker().name())) : null;
            if (speaker != null && x.speaker().mention() != null) {
                speakers.addAlias(speaker, x.speaker().mention().text());
            }
            rows.add(new QuotationRows.Row(draft, speaker == null ? null : speaker.id));
        }
        em.flush();
        // Written: nothing here is needed as an entity any more. Before every query Hibernate checks
        // each managed entity for changes, so an import batch that kept its articles' hundreds of
        // quotations and speakers managed paid for them again in each of the next articles' queries
        // (most of the application's CPU time in the ingest benchmark).
        em.clear();
        // clustered before they are written, so each row is inserted once with its cluster and keys;
        // the article and its clusters commit together
        List<Long> ids = ingestClusters.allocate(rows.size());
        Instant appeared = article.publishedAt != null ? article.publishedAt : article.ingestedAt;
        List<IngestClusters.Newcomer> newcomers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuotationRows.Row r = rows.get(i);
            newcomers.add(new IngestClusters.Newcomer(ids.get(i), r.draft().quotation().text(), r.speakerId() != null,
                    appeared));
        }
        IngestClusters.Placement placement = ingestClusters.place(newcomers);
        QuotationRows.insert(em, article.id, article.ingestedAt, rows, ids, placement);
        placement.finish();
        return new Saved(article.id, true);
    }

    /**
     * One speaker per distinct name, resolved in lock order; role: the first one the article gives;
     * type: the first PERSON or ORGANIZATION it gives (OTHER leaves a speaker's known type alone).
     */
    private Map<String, Speaker> resolveSpeakers(List<Extraction.Draft> drafts) {
        Map<String, String> nameByKey = new LinkedHashMap<>();
        Map<String, String> roleByKey = new HashMap<>();
        Map<String, SpeakerType> typeByKey = new HashMap<>();
        for (Extraction.Draft d : drafts) {
            ExtractionView.ExtractedQuotation x = d.quotation();
            if (named(x)) {
                String key = NameKey.of(x.speaker().name());
                nameByKey.putIfAbsent(key, x.speaker().name());
                if (x.speaker().role() != null && !x.speaker().role().isBlank()) {
                    roleByKey.putIfAbsent(key, x.speaker().role());
                }
                if (x.speaker().type() != null && x.speaker().type().known()) {
                    typeByKey.putIfAbsent(key, x.speaker().type());
                }
            }
        }
        List<String> keys = new ArrayList<>(nameByKey.keySet());
        keys.sort(null); // the lock order of SpeakerService: by name key
        Map<String, Speaker> byKey = new HashMap<>();
        for (String key : keys) {
            byKey.put(key, speakers.findOrCreate(nameByKey.get(key), roleByKey.get(key), typeByKey.get(key)));
        }
        return byKey;
    }

    private static boolean named(ExtractionView.ExtractedQuotation x) {
        return x.speaker() != null && x.speaker().name() != null && !NameKey.of(x.speaker().name()).isEmpty();
    }
}
