package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.article.IngestResult;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.review.QuotationView;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.UnprocessableException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Add an article (pasted text or HTML, or fetched from its URL) and see its quotations at once. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    /** Quotations per article page. */
    static final int PAGE_SIZE = 50;

    @Inject
    ArticleService articles;

    @Inject
    QuotationService quotations;

    /** The add-article form as submitted; {@code format} is "text" or "html". */
    public record ArticleForm(String format, String body, String title, String url, String publisher,
            String publishedAt) {
        static final ArticleForm EMPTY = new ArticleForm("text", "", "", "", "", "");

        public boolean html() {
            return "html".equals(format);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance add(ArticleForm form, Map<String, String> errors);

        static native TemplateInstance article(ArticleView article, boolean created, boolean existed,
                Page<QuotationView> quotations, String previous, String next);
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        return Templates.add(ArticleForm.EMPTY, Map.of());
    }

    @POST
    public Response add(@FormParam("format") String format, @FormParam("body") String body,
            @FormParam("title") String title, @FormParam("url") String url, @FormParam("publisher") String publisher,
            @FormParam("publishedAt") String publishedAt) {
        ArticleForm form = new ArticleForm("html".equals(format) ? "html" : "text", nz(body), nz(title), nz(url),
                nz(publisher), nz(publishedAt));
        Map<String, String> errors = new HashMap<>();
        boolean fetch = form.body().isBlank() && !form.url().isBlank();
        if (form.body().isBlank() && !fetch) {
            errors.put("body", "Paste the article's text or HTML, or give its URL to fetch it.");
        } else {
            try {
                // an empty body with a URL fetches the page (text and html both null)
                IngestResult result = articles.ingest(new IngestCommand(fetch || form.html() ? null : form.body(),
                        !fetch && form.html() ? form.body() : null, blank(form.url()), blank(form.title()),
                        blank(form.publisher()), blank(form.publishedAt())));
                return Response.seeOther(UriBuilder.fromPath("/articles/{id}")
                        .queryParam(result.created() ? "created" : "existed", 1).build(result.article().id())).build();
            } catch (InvalidInputException e) {
                // The service names API fields; the form calls the pasted content "body".
                e.errors().forEach(err -> errors.putIfAbsent(
                        err.field().equals("text") || err.field().equals("html") ? "body" : err.field(),
                        err.message()));
                if (errors.isEmpty()) {
                    errors.put("body", e.getMessage());
                }
            } catch (UnprocessableException e) {
                errors.put(e.field() == null ? "url" : e.field(), e.getMessage());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.add(form, errors)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("created") String created,
            @QueryParam("existed") String existed, @QueryParam("page") String page) {
        ArticleView article = articles.get(id);
        int p = Pages.number(page);
        Page<QuotationView> list = quotations.search(new QuotationFilter(null, null, null, id, null),
                new PageRequest(p, PAGE_SIZE));
        String base = "/articles/" + id + "?page=";
        return Templates.article(article, created != null, existed != null, list, p > 0 ? base + (p - 1) : null,
                (long) (p + 1) * PAGE_SIZE < list.total() ? base + (p + 1) : null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
