package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;

/**
 * The attribution sieve's steps in the order they run, each at {@code #rule-<id>} so that a
 * quotation's rule links to its entry. The text comes from the steps themselves (RuleInfo).
 */
@Path("/rules")
@Produces(MediaType.TEXT_HTML)
public class RulesPage {

    private final QuoteExtractor extractor;

    RulesPage(QuoteExtractor extractor) {
        this.extractor = extractor;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(List<RuleInfo> rules);
    }

    /** "post pass" for POST_PASS: the kind as a reader would write it. */
    @TemplateExtension
    static String label(RuleInfo.Kind kind) {
        return kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    @GET
    public TemplateInstance list() {
        return Templates.rules(extractor.rules());
    }
}
