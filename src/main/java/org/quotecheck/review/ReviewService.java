package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.quotecheck.clustering.ClusterService;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.speaker.SpeakerType;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.StaleVersionException;
import org.quotecheck.support.VersionRequiredException;

/** Records reviews and moves quotations' status. */
@ApplicationScoped
public class ReviewService {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 2048;
    static final int MAX_NOTE = 10_000;
    static final int MAX_ALSO_APPLY = 200;
    private static final int MAX_TYPE = 40;

    private final EntityManager em;
    private final SpeakerService speakers;
    private final ClusterService clusters;

    ReviewService(EntityManager em, SpeakerService speakers, ClusterService clusters) {
        this.em = em;
        this.speakers = speakers;
        this.clusters = clusters;
    }

    /**
     * Records {@code command} against quotation {@code quotationId} if the quotation is still at
     * {@code command.expectedVersion()}; its status becomes the verdict and its version moves on.
     *
     * @throws InvalidInputException     bad verdict, reviewer, speaker name or type, or evidence URL
     * @throws VersionRequiredException  no expected version
     * @throws NotFoundException         no such quotation
     * @throws StaleVersionException     someone reviewed it since; nothing was changed
     *
     * <p>With {@code command.alsoApplyTo()} (apply-to-all) the same verdict goes to those other
     * members of the quotation's cluster in the same transaction, each with its own review record
     * and its own version check: a member reviewed since the reviewer saw it is reported
     * {@code STALE} and left unchanged. A quotation outside the cluster refuses the whole request.
     */
    @Transactional
    public ReviewOutcome review(long quotationId, ReviewCommand command) {
        Verdict verdict = parseVerdict(command.verdict());
        String reviewer = Inputs.required("reviewer", command.reviewer(), MAX_NAME);
        String speakerName = Inputs.optional("speakerName", command.speakerName(), MAX_NAME);
        if (verdict == Verdict.MISATTRIBUTED && speakerName == null) {
            throw InvalidInputException.of("speakerName",
                    "speakerName is required with verdict MISATTRIBUTED: name who really said it.");
        }
        if (verdict != Verdict.MISATTRIBUTED && speakerName != null) {
            throw InvalidInputException.of("speakerName",
                    "speakerName is only for verdict MISATTRIBUTED (the corrected speaker).");
        }
        SpeakerType speakerType = parseSpeakerType(command.speakerType(), verdict);
        String evidenceUrl = Inputs.httpUrl("evidenceUrl", command.evidenceUrl(), MAX_URL);
        String note = Inputs.optional("note", command.note(), MAX_NOTE);
        if (command.expectedVersion() == null) {
            throw new VersionRequiredException("Send the quotation version you reviewed, as the body field"
                    + " 'version' or an If-Match header, so that a concurrent review cannot be overwritten.");
        }

        List<ReviewCommand.MemberVersion> others = others(quotationId, command.alsoApplyTo());

        // The row lock makes concurrent reviews of one quotation take turns: the second sees the
        // version the first produced and gets a 409. @Version guards the update as well. With
        // apply-to-all every member is locked up front in id order, so two such reviews started
        // from different members cannot deadlock.
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        ids.add(quotationId);
        others.forEach(o -> ids.add(o.id()));
        java.util.Map<Long, Quotation> locked = new java.util.HashMap<>();
        for (long id : ids) {
            Quotation q = em.find(Quotation.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (q != null) {
                locked.put(id, q);
            }
        }
        Quotation quotation = locked.get(quotationId);
        if (quotation == null) {
            throw new NotFoundException("quotation", quotationId);
        }
        if (quotation.version != command.expectedVersion()) {
            throw new StaleVersionException("quotation", command.expectedVersion(), quotation.version);
        }
        List<InvalidInputException.FieldError> notMembers = new java.util.ArrayList<>();
        for (ReviewCommand.MemberVersion o : others) {
            Quotation member = locked.get(o.id());
            if (member == null || member.clusterId == null || !member.clusterId.equals(quotation.clusterId)) {
                notMembers.add(new InvalidInputException.FieldError("alsoApplyTo",
                        "quotation " + o.id() + " is not in the cluster of quotation " + quotationId + "."));
            }
        }
        if (!notMembers.isEmpty()) {
            throw new InvalidInputException(notMembers.get(0).message() + " Apply-to-all only reaches other quotations"
                    + " of the same words (GET /api/v1/clusters/{id}).", notMembers, java.util.Map.of());
        }

        // a known speaker keeps its type unless the reviewer gives one; a new name is OTHER
        Speaker corrected = verdict == Verdict.MISATTRIBUTED ? speakers.findOrCreate(speakerName, null, speakerType)
                : null;
        Review review = record(quotation, verdict, corrected, evidenceUrl, note, reviewer);
        List<ReviewOutcome.MemberOutcome> applied = new java.util.ArrayList<>();
        for (ReviewCommand.MemberVersion o : others) {
            Quotation member = locked.get(o.id());
            if (member.version != o.version()) {
                applied.add(new ReviewOutcome.MemberOutcome(member.id, ReviewOutcome.Applied.STALE, member.version, null));
                continue;
            }
            Review r = record(member, verdict, corrected, evidenceUrl, note, reviewer);
            applied.add(new ReviewOutcome.MemberOutcome(member.id, ReviewOutcome.Applied.REVIEWED, member.version,
                    ReviewView.of(r)));
        }
        if (corrected != null && quotation.clusterId != null) {
            clusters.refresh(quotation.clusterId); // a corrected speaker may make or settle a conflict
        }
        return new ReviewOutcome(ReviewView.of(review), QuotationView.of(quotation), applied);
    }

    /** The other members to apply the verdict to: distinct, each with an id and a version, never the quotation itself. */
    private static List<ReviewCommand.MemberVersion> others(long quotationId, List<ReviewCommand.MemberVersion> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_ALSO_APPLY) {
            throw InvalidInputException.of("alsoApplyTo", "alsoApplyTo takes at most " + MAX_ALSO_APPLY + " quotations.");
        }
        java.util.Map<Long, ReviewCommand.MemberVersion> byId = new java.util.LinkedHashMap<>();
        for (ReviewCommand.MemberVersion m : given) {
            if (m == null || m.id() == null || m.version() == null) {
                throw InvalidInputException.of("alsoApplyTo",
                        "each alsoApplyTo entry needs the quotation's id and the version you saw: {\"id\": 12, \"version\": 0}.");
            }
            if (m.id() != quotationId) {
                byId.putIfAbsent(m.id(), m);
            }
        }
        return List.copyOf(byId.values());
    }

    /** One review record and the quotation's new status; the version moves at the flush. */
    private Review record(Quotation quotation, Verdict verdict, Speaker corrected, String evidenceUrl, String note,
            String reviewer) {
        Review review = new Review();
        review.quotationId = quotation.id;
        review.verdict = verdict;
        review.evidenceUrl = evidenceUrl;
        review.note = note;
        review.reviewer = reviewer;
        review.quotationVersion = quotation.version;
        review.createdAt = Instant.now();
        if (corrected != null) {
            review.speaker = corrected;
            quotation.speaker = corrected;
        }
        em.persist(review);
        quotation.status = verdict.status();
        quotation.reviewCount++;
        quotation.reviewedAt = review.createdAt;
        em.flush(); // increments the version, which the outcome reports
        return review;
    }

    /** A quotation's reviews, oldest first. */
    @Transactional
    public List<ReviewView> history(long quotationId) {
        if (em.find(Quotation.class, quotationId) == null) {
            throw new NotFoundException("quotation", quotationId);
        }
        return em.createQuery("select r from Review r left join fetch r.speaker where r.quotationId = :q"
                + " order by r.createdAt, r.id", Review.class)
                .setParameter("q", quotationId).getResultStream().map(ReviewView::of).toList();
    }

    /** The corrected speaker's type: optional, only with MISATTRIBUTED, one of {@link SpeakerType}. */
    private static SpeakerType parseSpeakerType(String given, Verdict verdict) {
        String raw = Inputs.optional("speakerType", given, MAX_TYPE);
        if (raw == null) {
            return null;
        }
        if (verdict != Verdict.MISATTRIBUTED) {
            throw InvalidInputException.of("speakerType",
                    "speakerType is only for verdict MISATTRIBUTED (the corrected speaker's type).");
        }
        return SpeakerType.parse(raw)
                .orElseThrow(() -> InvalidInputException.notOneOf("speakerType", raw, SpeakerType.names()));
    }

    private static Verdict parseVerdict(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("verdict is required: one of " + String.join(", ", Verdict.names()) + ".",
                    List.of(new InvalidInputException.FieldError("verdict", "verdict is required.")),
                    java.util.Map.of("allowed", Verdict.names()));
        }
        try {
            return Verdict.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.notOneOf("verdict", raw, Verdict.names());
        }
    }
}
