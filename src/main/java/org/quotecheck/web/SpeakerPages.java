package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.review.QuotationView;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Speakers: the list with quotation counts, and one speaker with aliases and quotations. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPages {

    static final int PAGE_SIZE = 50;

    @Inject
    SpeakerService speakers;

    @Inject
    QuotationService quotations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance speakers(Page<SpeakerService.SpeakerSummary> page, String previous, String next);

        static native TemplateInstance speaker(SpeakerService.SpeakerProfile speaker, Page<QuotationView> quotations);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        int p = Pages.number(page);
        Page<SpeakerService.SpeakerSummary> result = speakers.list(new PageRequest(p, PAGE_SIZE));
        String previous = p > 0 ? "/speakers?page=" + (p - 1) : null;
        String next = (long) (p + 1) * PAGE_SIZE < result.total() ? "/speakers?page=" + (p + 1) : null;
        return Templates.speakers(result, previous, next);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        SpeakerService.SpeakerProfile profile = speakers.profile(id);
        return Templates.speaker(profile, quotations.search(
                new QuotationFilter(id, null, null, null, null), new PageRequest(0, 100)));
    }
}
