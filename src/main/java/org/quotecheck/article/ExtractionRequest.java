package org.quotecheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/extractions}: exactly one of {@code text} and {@code html}. */
public record ExtractionRequest(
        @Schema(description = "Plain text; offsets index it",
                example = "\u201cWe will not raise taxes,\u201d the minister said on Tuesday.") String text,
        @Schema(description = "HTML; the answer carries the plain text that offsets index") String html) {
}
