package org.quotecheck.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import job's progress. {@code processed} = ingested + duplicates + failed; {@code pending}
 * lines wait for a worker; {@code etaSeconds} is the time the pending lines will take at the
 * rate so far (null before the first batch or when nothing is pending). {@code failures} holds
 * the first {@value ImportService#FAILURES_SHOWN} failed lines ({@code failureCount} all of them;
 * {@code /failures} pages through them).
 */
public record ImportView(long id, String status, String createdBy, Instant createdAt, Instant startedAt,
        Instant finishedAt, int linesRead, int processed, int ingested, int duplicates, int failed, long pending,
        int percent, Long etaSeconds, String error, List<Failure> failures) {

    /** A line that could not be ingested: its number in the upload (from 1) and why. */
    public record Failure(int line, String reason) {
    }

    public boolean active() {
        return status.equals("RECEIVING") || status.equals("QUEUED") || status.equals("RUNNING");
    }
}
