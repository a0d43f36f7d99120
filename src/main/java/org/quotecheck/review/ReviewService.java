package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    private static final int MAX_TYPE = 40;

    private final EntityManager em;
    private final SpeakerService speakers;

    ReviewService(EntityManager em, SpeakerService speakers) {
        this.em = em;
        this.speakers = speakers;
    }

    /**
     * Records {@code command} against quotation {@code quotationId} if the quotation is still at
     * {@code command.expectedVersion()}; its status becomes the verdict and its version moves on.
     *
     * @throws InvalidInputException     bad verdict, reviewer, speaker name or type, or evidence URL
     * @throws VersionRequiredException  no expected version
     * @throws NotFoundException         no such quotation
     * @throws StaleVersionException     someone reviewed it since; nothing was changed
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

        // The row lock makes concurrent reviews of one quotation take turns: the second sees the
        // version the first produced and gets a 409. @Version guards the update as well.
        Quotation quotation = em.find(Quotation.class, quotationId, LockModeType.PESSIMISTIC_WRITE);
        if (quotation == null) {
            throw new NotFoundException("quotation", quotationId);
        }
        if (quotation.version != command.expectedVersion()) {
            throw new StaleVersionException("quotation", command.expectedVersion(), quotation.version);
        }

        Review review = new Review();
        review.quotationId = quotationId;
        review.verdict = verdict;
        review.evidenceUrl = evidenceUrl;
        review.note = note;
        review.reviewer = reviewer;
        review.quotationVersion = quotation.version;
        review.createdAt = Instant.now();
        if (verdict == Verdict.MISATTRIBUTED) {
            // a known speaker keeps its type unless the reviewer gives one; a new name is OTHER
            Speaker corrected = speakers.findOrCreate(speakerName, null, speakerType);
            review.speaker = corrected;
            quotation.speaker = corrected;
        }
        em.persist(review);

        quotation.status = verdict.status();
        quotation.reviewCount++;
        quotation.reviewedAt = review.createdAt;
        em.flush(); // increments the version, which the outcome reports
        return new ReviewOutcome(ReviewView.of(review), QuotationView.of(quotation));
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
