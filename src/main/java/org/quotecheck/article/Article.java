package org.quotecheck.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An ingested article. Immutable once stored; its SHA-256 makes ingestion idempotent. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Hex SHA-256 of the UTF-8 bytes of {@link #text}. */
    @Column(nullable = false, unique = true)
    public String sha256;

    public String url;

    public String title;

    public String publisher;

    /** The page's own canonical URL, for an article fetched by URL (when it differs from {@link #url}). */
    @Column(name = "canonical_url")
    public String canonicalUrl;

    /** The byline of a fetched page's metadata. */
    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The plain text that every offset of the article's quotations indexes. */
    @Column(nullable = false)
    public String text;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;
}
