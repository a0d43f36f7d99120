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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.clustering.ClusterReads;
import org.quotecheck.clustering.ClusterViews;
import org.quotecheck.queue.QueueService;
import org.quotecheck.review.QuotationView;
import org.quotecheck.review.ReviewCommand;
import org.quotecheck.review.ReviewService;
import org.quotecheck.review.ReviewView;
import org.quotecheck.review.Verdict;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.StaleVersionException;

/** One quotation: why it was attributed, its article, its history, and the review form. */
@Path("/quotations/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuotationPage {

    @Inject
    org.quotecheck.review.QuotationService quotations;

    @Inject
    ReviewService reviews;

    @Inject
    ArticleService articles;

    @Inject
    SpeakerService speakers;

    @Inject
    QueueService queue;

    @Inject
    Viewer viewer;

    @Inject
    org.quotecheck.clustering.ClusterReads clusters;

    /** Other quotations of the same words listed on the page (and offered to apply-to-all). */
    static final int MAX_SAME_WORDS = ClusterReads.MAX_MEMBERS;

    /** Code points of the paragraph shown on each side of the quotation: a page stays small however long the paragraph. */
    static final int CONTEXT = 600;
    /** Other quotations of the article listed on the page; the article page pages through all of them. */
    static final int MAX_OTHERS = 50;

    /** The review form as submitted (kept on errors). */
    public record ReviewForm(String verdict, String speakerName, String speakerType, String evidenceUrl, String note,
            long version) {
        public boolean is(String v) {
            return v.equals(verdict);
        }

        public boolean typeIs(String t) {
            return t.equals(speakerType);
        }
    }

    public record TypeOption(String value, String label) {
    }

    /** The corrected speaker's type; empty keeps a known speaker's type (a new name is OTHER). */
    static final List<TypeOption> SPEAKER_TYPES = List.of(new TypeOption("", "Keep as known (new names: other)"),
            new TypeOption(SpeakerType.PERSON.name(), SpeakerType.PERSON.label()),
            new TypeOption(SpeakerType.ORGANIZATION.name(), SpeakerType.ORGANIZATION.label()),
            new TypeOption(SpeakerType.OTHER.name(), SpeakerType.OTHER.label()));

    public record VerdictOption(String value, String label, String help) {
    }

    static final List<VerdictOption> VERDICTS = List.of(
            new VerdictOption(Verdict.VERIFIED.name(), "Verified", "The speaker said these words."),
            new VerdictOption(Verdict.MISATTRIBUTED.name(), "Misattributed",
                    "Someone else said them: name the corrected speaker."),
            new VerdictOption(Verdict.MISQUOTED.name(), "Misquoted", "The speaker said something else."),
            new VerdictOption(Verdict.UNVERIFIABLE.name(), "Unverifiable", "No source settles it."),
            new VerdictOption(Verdict.NOT_A_QUOTE.name(), "Not a quote", "A title, scare quote or similar."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotation(QuotationView quotation, ArticleView article,
                List<Highlight.Run> excerpt, List<QuotationView> others, List<ReviewView> history,
                List<String> knownSpeakers, List<VerdictOption> verdicts, List<TypeOption> speakerTypes,
                ReviewForm form,
                Map<String, String> errors, String conflict, String notice, QueueService.Claim claim,
                boolean claimedByOther, List<ClusterViews.Member> sameWords, String applied);
    }

    @GET
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("reviewed") Long reviewed,
            @QueryParam("applied") Integer applied, @QueryParam("stale") Integer stale) {
        QuotationView q = quotations.get(id);
        String notice = reviewed == null ? null : "Review saved. This is the next quotation in the queue.";
        if (reviewed != null && applied != null && stale != null && applied >= 0 && stale >= 0) {
            notice += " The verdict also went to " + applied + " other quotation" + (applied == 1 ? "" : "s")
                    + " of the same words" + (stale == 0 ? "." : "; " + stale + " had been reviewed by someone else"
                    + " meanwhile and kept their review.");
        }
        return page(q, new ReviewForm(null, "", "", "", "", q.version()), Map.of(), null, notice);
    }

    @POST
    @Path("claim")
    public Response claim(@PathParam("id") long id) {
        quotations.get(id); // 404 for an unknown id
        queue.claim(id, viewer.name());
        return Response.seeOther(UriBuilder.fromPath("/quotations/{id}").build(id)).build();
    }

    @POST
    @Path("review")
    public Response review(@PathParam("id") long id, @FormParam("verdict") String verdict,
            @FormParam("speakerName") String speakerName, @FormParam("speakerType") String speakerType,
            @FormParam("evidenceUrl") String evidenceUrl, @FormParam("note") String note,
            @FormParam("version") long version, @FormParam("applyToAll") String applyToAll,
            @FormParam("member") List<String> members) {
        ReviewForm form = new ReviewForm(verdict, nz(speakerName), nz(speakerType), nz(evidenceUrl), nz(note),
                version);
        Map<String, String> errors = new HashMap<>();
        if (verdict == null || verdict.isBlank()) {
            errors.put("verdict", "Choose a verdict.");
        }
        boolean misattributed = Verdict.MISATTRIBUTED.name().equals(verdict);
        List<ReviewCommand.MemberVersion> others = "true".equals(applyToAll) ? memberVersions(members, errors)
                : List.of();
        if (errors.isEmpty()) {
            try {
                // The corrected speaker only counts with MISATTRIBUTED; a name or type chosen before
                // switching to another verdict is dropped rather than refused.
                org.quotecheck.review.ReviewOutcome outcome = reviews.review(id, new ReviewCommand(verdict,
                        misattributed ? blankToNull(speakerName) : null,
                        blankToNull(evidenceUrl), blankToNull(note), viewer.name(), version,
                        misattributed ? blankToNull(speakerType) : null, others));
                queue.release(id, viewer.name());
                long appliedCount = outcome.alsoApplied().stream()
                        .filter(o -> o.outcome() == org.quotecheck.review.ReviewOutcome.Applied.REVIEWED).count();
                long staleCount = outcome.alsoApplied().size() - appliedCount;
                return queue.next(viewer.name(), id)
                        .map(next -> {
                            UriBuilder b = UriBuilder.fromPath("/quotations/{id}").queryParam("reviewed", id);
                            if (!others.isEmpty()) {
                                b.queryParam("applied", appliedCount).queryParam("stale", staleCount);
                            }
                            return Response.seeOther(b.build(next)).build();
                        })
                        .orElseGet(() -> Response.seeOther(UriBuilder.fromPath("/").queryParam("done", id).build())
                                .build());
            } catch (InvalidInputException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
                if (errors.isEmpty()) {
                    errors.put("verdict", e.getMessage());
                }
            } catch (StaleVersionException e) {
                QuotationView now = quotations.get(id);
                String conflict = "Someone else reviewed this quotation while you had it open (it is now "
                        + QueuePage.label(now.status().name()) + "). Nothing was saved. Read the history below; "
                        + "if you still hold your verdict, submit it again.";
                return Response.status(Response.Status.CONFLICT)
                        .entity(page(now, new ReviewForm(form.verdict(), form.speakerName(), form.speakerType(),
                                form.evidenceUrl(), form.note(), now.version()), Map.of(), conflict, null)).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(quotations.get(id), form, errors, null, null)).build();
    }

    private TemplateInstance page(QuotationView q, ReviewForm form, Map<String, String> errors, String conflict,
            String notice) {
        ArticleView article = articles.get(q.articleId());
        List<Highlight.Mark> marks = new ArrayList<>();
        marks.add(new Highlight.Mark(q.start(), q.end(), "q"));
        if (q.cue() != null) {
            marks.add(new Highlight.Mark(q.cue().start(), q.cue().end(), "cue"));
        }
        if (q.speaker() != null && q.speaker().mention() != null) {
            marks.add(new Highlight.Mark(q.speaker().mention().start(), q.speaker().mention().end(), "who"));
        }
        int from = q.paragraph() == null ? q.start() : Math.max(q.paragraph().start(), q.start() - CONTEXT);
        int to = q.paragraph() == null ? q.end() : Math.min(q.paragraph().end(), q.end() + CONTEXT);
        List<Highlight.Run> excerpt = Highlight.runs(article.text(), from, to, marks);
        List<QuotationView> others = article.quotations().stream().filter(o -> o.id() != q.id()).limit(MAX_OTHERS)
                .toList();
        List<String> known = speakers.list(new PageRequest(0, 200)).items().stream()
                .map(SpeakerService.SpeakerSummary::name).sorted().toList();
        QueueService.Claim claim = queue.claimOf(q.id()).orElse(null);
        List<ClusterViews.Member> sameWords = q.clusterId() == null ? List.of()
                : clusters.members(List.of(q.clusterId()), MAX_SAME_WORDS).getOrDefault(q.clusterId(), List.of())
                        .stream().filter(m -> m.quotationId() != q.id()).map(m -> ClusterReads.withDrift(m, q.text()))
                        .toList();
        return Templates.quotation(q, article, excerpt, others, reviews.history(q.id()), known, VERDICTS, SPEAKER_TYPES, form,
                errors,
                conflict, notice, claim, claim != null && !claim.by(viewer.name()), sameWords,
                errors.containsKey("applyToAll") ? errors.get("applyToAll") : null);
    }

    /** The hidden "id:version" fields of the other members shown on the page; a bad one is a form error. */
    private static List<ReviewCommand.MemberVersion> memberVersions(List<String> members, Map<String, String> errors) {
        List<ReviewCommand.MemberVersion> out = new ArrayList<>();
        for (String m : members == null ? List.<String>of() : members) {
            String[] parts = m == null ? new String[0] : m.strip().split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException(m);
                }
                out.add(new ReviewCommand.MemberVersion(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                errors.put("applyToAll", "The page's list of other quotations was damaged; reload the page.");
                return List.of();
            }
        }
        if (out.isEmpty()) {
            errors.put("applyToAll", "There are no other quotations of these words to apply the verdict to.");
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
