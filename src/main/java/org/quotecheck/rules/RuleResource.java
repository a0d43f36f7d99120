package org.quotecheck.rules;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;
import org.quotecheck.support.NotFoundException;

/**
 * The attribution pipeline's steps as the extractor itself declares them, so a reviewer can look up
 * what the {@code rule} of a quotation means. The list is small and fixed (one entry per step), so it
 * is not paged.
 */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The steps of the attribution sieve, in the order they run")
public class RuleResource {

    private final QuoteExtractor extractor;

    RuleResource(QuoteExtractor extractor) {
        this.extractor = extractor;
    }

    @GET
    @Operation(summary = "Every step of the attribution sieve in order: guards, rules, refinements, post-passes, labels")
    public List<RuleInfo> list() {
        return extractor.rules();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One step by its id (the rule of the quotations it decides)")
    @APIResponse(responseCode = "200", description = "The step")
    @APIResponse(responseCode = "404", description = "No step has this id")
    public RuleInfo get(@Parameter(description = "A rule id such as said-after") @RestPath String id) {
        return find(extractor, id);
    }

    /** The step with this id; a 404 problem when there is none. */
    public static RuleInfo find(QuoteExtractor extractor, String id) {
        return extractor.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("rule", id));
    }
}
