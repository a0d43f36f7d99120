package org.quotecheck.review;

import java.time.Instant;
import org.quotecheck.speaker.SpeakerType;

/**
 * One entry of a quotation's review history.
 *
 * @param speaker          the corrected speaker of a MISATTRIBUTED verdict (its current name and type), else null
 * @param quotationVersion the quotation version the reviewer saw
 */
public record ReviewView(long id, long quotationId, Verdict verdict, SpeakerRef speaker, String evidenceUrl,
        String note, String reviewer, long quotationVersion, Instant createdAt) {

    public record SpeakerRef(long id, String name, SpeakerType type) {
    }

    static ReviewView of(Review r) {
        SpeakerRef speaker = r.speaker == null ? null : new SpeakerRef(r.speaker.id, r.speaker.name, r.speaker.type);
        return new ReviewView(r.id, r.quotationId, r.verdict, speaker, r.evidenceUrl, r.note, r.reviewer,
                r.quotationVersion, r.createdAt);
    }
}
