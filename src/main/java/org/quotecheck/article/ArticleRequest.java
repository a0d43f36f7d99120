package org.quotecheck.article;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/articles}: exactly one of {@code text} and {@code html}. */
public record ArticleRequest(
        @Schema(description = "The article as plain text; offsets index it",
                example = "\u201cWe will not raise taxes,\u201d the minister said on Tuesday.") String text,
        @Schema(description = "The article as HTML; converted to the plain text that offsets index") String html,
        @Schema(description = "Absolute http(s) URL of the article", example = "https://news.example.org/2021/03/19/budget") @Size(max = ArticleService.MAX_URL) String url,
        @Schema(description = "Defaults to the HTML <title>", example = "Minister rules out tax rise") @Size(max = ArticleService.MAX_TITLE) String title,
        @Schema(example = "Example News") @Size(max = ArticleService.MAX_PUBLISHER) String publisher,
        @Schema(description = "ISO-8601 date-time with offset, or a date", example = "2021-03-19T08:00:00Z")
        String publishedAt) {
}
