package org.quotecheck.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every state-changing desk request must be a form post ({@code application/x-www-form-urlencoded}):
 * the CSRF filter verifies the token of form bodies only, so a {@code text/plain}, JSON, multipart
 * or empty-typed post would otherwise skip it. The desk's own forms are all of that type.
 */
public class DeskForms {

    static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void requireForm(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            throw new NotSupportedException("Desk forms are sent as application/x-www-form-urlencoded.");
        }
    }
}
