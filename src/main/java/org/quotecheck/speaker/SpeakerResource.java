package org.quotecheck.speaker;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.review.QuotationView;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People and organisations quoted, one per canonical name")
public class SpeakerResource {

    /** How many of a speaker's quotations the detail view embeds; the rest via /api/v1/quotations?speaker=id. */
    static final int EMBEDDED_QUOTATIONS = 100;

    /** A speaker with aliases and their newest quotations (up to 100). */
    public record SpeakerDetail(long id, String name, String role, SpeakerType type, List<String> aliases,
            long quotationCount, List<QuotationView> quotations) {
    }

    private final SpeakerService speakers;
    private final QuotationService quotations;
    private final ApiConfig api;

    SpeakerResource(SpeakerService speakers, QuotationService quotations, ApiConfig api) {
        this.speakers = speakers;
        this.quotations = quotations;
        this.api = api;
    }

    /** Speakers with their quotation counts, most quoted first. */
    @GET
    public Page<SpeakerService.SpeakerSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return speakers.list(PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    public SpeakerDetail get(@RestPath long id) {
        SpeakerService.SpeakerProfile p = speakers.profile(id);
        List<QuotationView> newest = quotations.search(new QuotationFilter(id, null, null, null, null),
                new PageRequest(0, EMBEDDED_QUOTATIONS)).items();
        return new SpeakerDetail(p.id(), p.name(), p.role(), p.type(), p.aliases(), p.quotationCount(), newest);
    }
}
