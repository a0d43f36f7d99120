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
        if (length == null || isBulkImport(request.getMediaType())) {
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

    /** NDJSON bulk imports are streamed line by line and have their own limit (quotecheck.imports.*). */
    static boolean isBulkImport(jakarta.ws.rs.core.MediaType type) {
        return type != null && (type.getSubtype().endsWith("ndjson") || type.getSubtype().contains("jsonl"));
    }
}
