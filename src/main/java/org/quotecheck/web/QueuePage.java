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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.quotecheck.queue.QueueConfig;
import org.quotecheck.queue.QueueService;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationService;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.review.QuotationView;
import org.quotecheck.review.Snippet;
import org.quotecheck.review.Snippets;

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

    @Inject
    Snippets snippets;

    /** The filter form as the reviewer filled it in; {@code status} is a status name or ALL. */
    public record Filters(String status, String speaker, String article, String q, boolean conflict,
            String publisher, String publishedFrom, String publishedTo) {
        /** The queue URL for these filters on page {@code page} (0-based). */
        public String url(int page) {
            UriBuilder b = UriBuilder.fromPath("/").queryParam("status", status);
            for (String[] f : new String[][] {{"speaker", speaker}, {"article", article}, {"q", q},
                    {"publisher", publisher}, {"publishedFrom", publishedFrom}, {"publishedTo", publishedTo}}) {
                if (!f[1].isEmpty()) {
                    // a template, not a value: UriBuilder would expand braces in the value
                    b.queryParam(f[0], "{" + f[0] + "}");
                }
            }
            if (conflict) {
                b.queryParam("conflict", "true");
            }
            if (page > 0) {
                b.queryParam("page", page);
            }
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put("speaker", speaker);
            values.put("article", article);
            values.put("q", q);
            values.put("publisher", publisher);
            values.put("publishedFrom", publishedFrom);
            values.put("publishedTo", publishedTo);
            return b.buildFromMap(values).toString();
        }

        public String withStatus(String other) {
            return new Filters(other, speaker, article, q, conflict, publisher, publishedFrom, publishedTo).url(0);
        }

        /** The same form without its text fields (they were unusable). */
        Filters cleared() {
            return new Filters(status, "", "", "", conflict, "", "", "");
        }
    }

    /** A status tab; {@code capped}: more quotations than were counted ({@code count} is a lower bound). */
    public record StatusCount(String status, String label, long count, boolean capped, boolean current) {
    }

    /**
     * A queue entry; with a search, {@code snippet} is the matched part of the quotation as runs
     * (marked ones are the matched words) and {@code cutBefore}/{@code cutAfter} say whether text
     * was left out around it.
     */
    public record Item(QuotationView quotation, String articleTitle, String publisher, QueueService.Claim claim,
            boolean claimedByMe, List<Highlight.Run> snippet, boolean cutBefore, boolean cutAfter) {
        public boolean claimedByOther() {
            return claim != null && !claimedByMe;
        }
    }

    /** {@code capped}: more quotations than were counted, so more pages than {@code pages}. */
    public record Pager(int page, int pages, long total, boolean capped, String previous, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Filters filters, List<StatusCount> counts, List<Item> items, Pager pager,
                List<String> statuses, String error, boolean nearMatchesOnly);
    }

    static String label(String status) {
        return ALL.equals(status) ? "All" : status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("speaker") String speaker,
            @QueryParam("article") String article, @QueryParam("q") String q, @QueryParam("conflict") String conflict,
            @QueryParam("publisher") String publisher, @QueryParam("publishedFrom") String publishedFrom,
            @QueryParam("publishedTo") String publishedTo, @QueryParam("page") String page) {
        String st = status == null || status.isBlank() ? QuotationStatus.PENDING.name()
                : status.strip().toUpperCase(Locale.ROOT);
        if (!ALL.equals(st) && !QuotationStatus.names().contains(st)) {
            st = QuotationStatus.PENDING.name(); // an unknown filter value shows the default queue
        }
        // any value but "true" shows every quotation (conflicts still first), like an unknown status
        boolean conflictOnly = "true".equalsIgnoreCase(trim(conflict));
        Filters filters = new Filters(st, trim(speaker), trim(article), trim(q), conflictOnly, trim(publisher),
                trim(publishedFrom), trim(publishedTo));
        String error = null;
        Instant from = null;
        Instant before = null;
        try {
            for (String[] f : new String[][] {{"Speaker", filters.speaker()}, {"Article", filters.article()},
                    {"Search", filters.q()}, {"Publisher", filters.publisher()}}) {
                Inputs.optional(f[0], f[1], QuotationFilter.MAX_TERM);
            }
            QuotationFilter dates = QuotationFilter.parse(null, null, null, null, null, null, null,
                    filters.publishedFrom(), filters.publishedTo());
            from = dates.appearedFrom();
            before = dates.appearedBefore();
        } catch (InvalidInputException e) {
            // The form comes back with the message and without the unusable filters.
            error = e.getMessage();
            filters = filters.cleared();
        }
        int p = Pages.number(page);
        QueueService.Slice slice = queue.page(new QueueService.Filter(ALL.equals(st) ? null : QuotationStatus.valueOf(st),
                filters.speaker(), filters.article(), filters.q(), conflictOnly, filters.publisher(), from, before), p,
                config.pageSize());
        Map<Long, Snippet> snippets = slice.hits().isEmpty() ? Map.of() : this.snippets.of(filters.q(), slice.hits());
        int pages = (int) Math.max(1, (slice.total() + config.pageSize() - 1) / config.pageSize());
        long all = slice.counts().values().stream().mapToLong(Long::longValue).sum();
        List<StatusCount> counts = new java.util.ArrayList<>();
        counts.add(new StatusCount(ALL, "All", all, !slice.cappedCounts().isEmpty(), ALL.equals(st)));
        for (QuotationStatus s : QuotationStatus.values()) {
            counts.add(new StatusCount(s.name(), label(s.name()), slice.counts().get(s), slice.cappedCounts().contains(s),
                    s.name().equals(st)));
        }
        Map<Long, QuotationView> views = quotations.byIds(slice.rows().stream().map(QueueService.Row::quotationId)
                .toList());
        List<Item> items = slice.rows().stream().filter(r -> views.containsKey(r.quotationId())).map(r -> {
            QueueService.Claim c = slice.claims().get(r.quotationId());
            QuotationView view = views.get(r.quotationId());
            Snippet snip = snippets.get(r.quotationId());
            List<Highlight.Run> runs = snip == null ? null : runs(snip);
            boolean cutBefore = snip != null && snip.start() > 0;
            boolean cutAfter = snip != null
                    && snip.start() + snip.text().codePointCount(0, snip.text().length())
                    < view.text().codePointCount(0, view.text().length());
            return new Item(view, r.articleTitle(), r.publisher(), c, c != null && c.by(viewer.name()), runs,
                    cutBefore, cutAfter);
        }).toList();
        Pager pager = new Pager(p, pages, slice.total(), slice.totalCapped(), p > 0 ? filters.url(p - 1) : null,
                p + 1 < pages || (slice.totalCapped() && !slice.rows().isEmpty()) ? filters.url(p + 1) : null);
        List<String> statuses = new java.util.ArrayList<>(List.of(ALL));
        statuses.addAll(QuotationStatus.names());
        return Response.status(error == null ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Templates.queue(filters, counts, items, pager, statuses, error, slice.fuzzy())).build();
    }

    /** The snippet as runs of plain and matched ("hit") text. */
    static List<Highlight.Run> runs(Snippet snippet) {
        List<Highlight.Mark> marks = snippet.highlights().stream()
                .map(h -> new Highlight.Mark(h.start(), h.end(), "hit")).toList();
        int length = snippet.text().codePointCount(0, snippet.text().length());
        return Highlight.runs(snippet.text(), 0, length, marks);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
