package org.quotecheck.review;

/**
 * A reviewer's verdict on a quotation, as any front end (REST, web form) hands it to
 * {@link ReviewService}. Raw strings: the service validates and explains what is wrong.
 *
 * @param reviewer        the signed-in account's name: front ends take it from the authenticated
 *                        identity, never from what the caller claims
 * @param expectedVersion the quotation version the reviewer saw; required
 * @param speakerType     optional with MISATTRIBUTED: what the corrected speaker is (PERSON,
 *                        ORGANIZATION, OTHER); it becomes the speaker's current type
 * @param alsoApplyTo     other quotations of the same cluster to give the same verdict, each with the
 *                        version the reviewer saw (apply-to-all); empty for a review of one quotation
 */
public record ReviewCommand(String verdict, String speakerName, String evidenceUrl, String note,
        String reviewer, Long expectedVersion, String speakerType, java.util.List<MemberVersion> alsoApplyTo) {

    /** Another member of the quotation's cluster and the version the reviewer saw of it. */
    public record MemberVersion(Long id, Long version) {
    }

    public ReviewCommand(String verdict, String speakerName, String evidenceUrl, String note, String reviewer,
            Long expectedVersion, String speakerType) {
        this(verdict, speakerName, evidenceUrl, note, reviewer, expectedVersion, speakerType, java.util.List.of());
    }

    /** A review that says nothing about the corrected speaker's type. */
    public ReviewCommand(String verdict, String speakerName, String evidenceUrl, String note, String reviewer,
            Long expectedVersion) {
        this(verdict, speakerName, evidenceUrl, note, reviewer, expectedVersion, null);
    }
}
