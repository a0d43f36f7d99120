package org.quotecheck.review;

import java.time.Instant;

/**
 * One entry of a quotation's review history.
 *
 * @param speaker          the corrected speaker of a MISATTRIBUTED verdict, else null
 * @param quotationVersion the quotation version the reviewer saw
 */
public record ReviewView(long id, long quotationId, Verdict verdict, SpeakerRef speaker, String evidenceUrl,
        String note, String reviewer, long quotationVersion, Instant createdAt) {

    public record SpeakerRef(long id, String name) {
    }

    static ReviewView of(Review r) {
        SpeakerRef speaker = r.speaker == null ? null : new SpeakerRef(r.speaker.id, r.speaker.name);
        return new ReviewView(r.id, r.quotationId, r.verdict, speaker, r.evidenceUrl, r.note, r.reviewer,
                r.quotationVersion, r.createdAt);
    }
}
