package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import org.quotecheck.queue.QueueConfig;
import org.quotecheck.queue.QueueService;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.review.QuotationView;

/** The review queue: awaiting review, oldest first, filterable, paged. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    static final String ALL = "ALL";

    @Inject
    QueueService queue;

    @Inject
    QuotationService quotations;

    @Inject
    QueueConfig config;

    @Inject
    Viewer viewer;

    /** The filter form as the reviewer filled it in; {@code status} is a status name or ALL. */
    public record Filters(String status, String speaker, String article, String q, boolean conflict) {
        /** The queue URL for these filters on page {@code page} (0-based). */
        public String url(int page) {
            UriBuilder b = UriBuilder.fromPath("/").queryParam("status", status);
            if (!speaker.isEmpty()) {
                b.queryParam("speaker", speaker);
            }
            if (!article.isEmpty()) {
                b.queryParam("article", article);
            }
            if (!q.isEmpty()) {
                b.queryParam("q", q);
            }
            if (conflict) {
                b.queryParam("conflict", "true");
            }
            if (page > 0) {
                b.queryParam("page", page);
            }
            return b.build().toString();
        }

        public String withStatus(String other) {
            return new Filters(other, speaker, article, q, conflict).url(0);
        }
    }

    public record StatusCount(String status, String label, long count, boolean current) {
    }

    public record Item(QuotationView quotation, String articleTitle, String publisher, QueueService.Claim claim,
            boolean claimedByMe) {
        public boolean claimedByOther() {
            return claim != null && !claimedByMe;
        }
    }

    public record Pager(int page, int pages, long total, String previous, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Filters filters, List<StatusCount> counts, List<Item> items, Pager pager,
                List<String> statuses, String error);
    }

    static String label(String status) {
        return ALL.equals(status) ? "All" : status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("speaker") String speaker,
            @QueryParam("article") String article, @QueryParam("q") String q, @QueryParam("conflict") String conflict,
            @QueryParam("page") String page) {
        String st = status == null || status.isBlank() ? QuotationStatus.PENDING.name()
                : status.strip().toUpperCase(Locale.ROOT);
        if (!ALL.equals(st) && !QuotationStatus.names().contains(st)) {
            st = QuotationStatus.PENDING.name(); // an unknown filter value shows the default queue
        }
        // any value but "true" shows every quotation (conflicts still first), like an unknown status
        boolean conflictOnly = "true".equalsIgnoreCase(trim(conflict));
        Filters filters = new Filters(st, trim(speaker), trim(article), trim(q), conflictOnly);
        String error = null;
        try {
            for (String[] f : new String[][] {{"Speaker", filters.speaker()}, {"Article", filters.article()},
                    {"Quotation text", filters.q()}}) {
                Inputs.optional(f[0], f[1], QuotationFilter.MAX_TERM);
            }
        } catch (InvalidInputException e) {
            // The form comes back with the message and without the unusable filters.
            error = e.getMessage();
            filters = new Filters(st, "", "", "", conflictOnly);
        }
        int p = Pages.number(page);
        QueueService.Slice slice = queue.page(new QueueService.Filter(ALL.equals(st) ? null : QuotationStatus.valueOf(st),
                filters.speaker(), filters.article(), filters.q(), conflictOnly), p, config.pageSize());
        int pages = (int) Math.max(1, (slice.total() + config.pageSize() - 1) / config.pageSize());
        long all = slice.counts().values().stream().mapToLong(Long::longValue).sum();
        List<StatusCount> counts = new java.util.ArrayList<>();
        counts.add(new StatusCount(ALL, "All", all, ALL.equals(st)));
        for (QuotationStatus s : QuotationStatus.values()) {
            counts.add(new StatusCount(s.name(), label(s.name()), slice.counts().get(s), s.name().equals(st)));
        }
        List<Item> items = slice.rows().stream().map(r -> {
            QueueService.Claim c = slice.claims().get(r.quotationId());
            return new Item(quotations.get(r.quotationId()), r.articleTitle(), r.publisher(), c,
                    c != null && c.by(viewer.name()));
        }).toList();
        Pager pager = new Pager(p, pages, slice.total(), p > 0 ? filters.url(p - 1) : null,
                p + 1 < pages ? filters.url(p + 1) : null);
        List<String> statuses = new java.util.ArrayList<>(List.of(ALL));
        statuses.addAll(QuotationStatus.names());
        return Response.status(error == null ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Templates.queue(filters, counts, items, pager, statuses, error)).build();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
