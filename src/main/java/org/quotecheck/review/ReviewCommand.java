package org.quotecheck.review;

/**
 * A reviewer's verdict on a quotation, as any front end (REST, web form) hands it to
 * {@link ReviewService}. Raw strings: the service validates and explains what is wrong.
 *
 * @param expectedVersion the quotation version the reviewer saw; required
 */
public record ReviewCommand(String verdict, String speakerName, String evidenceUrl, String note,
        String reviewer, Long expectedVersion) {
}
