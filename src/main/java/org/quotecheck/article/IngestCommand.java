package org.quotecheck.article;

/**
 * An article to ingest, as any front end hands it to {@link ArticleService}: exactly one of
 * {@code text} and {@code html}; the rest optional. Raw strings: the service validates.
 *
 * @param publishedAt ISO-8601 date-time with offset ({@code 2021-03-19T08:00:00Z}) or a date
 *                    ({@code 2021-03-19}, read as midnight UTC)
 */
public record IngestCommand(String text, String html, String url, String title, String publisher,
        String publishedAt) {
}
