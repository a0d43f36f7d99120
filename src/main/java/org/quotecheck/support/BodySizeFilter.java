package org.quotecheck.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body announced as larger than {@code quotecheck.api.max-body-size} before it is read,
 * so that the caller gets a 413 problem document. Bodies without a Content-Length are counted by
 * {@link BodySizeInterceptor}.
 */
public class BodySizeFilter {

    private final ApiConfig config;

    BodySizeFilter(ApiConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void checkContentLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || isBulkImport(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return;
        }
        long limit = config.maxBodySize().asLongValue();
        long announced;
        try {
            announced = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return; // Vert.x has already refused a malformed Content-Length
        }
        if (announced > limit) {
            throw new PayloadTooLargeException("The request body has " + announced
                    + " bytes; the limit is " + limit + " bytes.");
        }
    }

    /**
     * NDJSON bulk imports are streamed line by line and have their own limit (quotecheck.imports.*).
     * Read from the raw header: a malformed Content-Type must reach the 415 answer, not fail here.
     */
    static boolean isBulkImport(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
        int slash = type.indexOf('/');
        String subtype = slash < 0 ? "" : type.substring(slash + 1);
        return subtype.endsWith("ndjson") || subtype.contains("jsonl");
    }
}
