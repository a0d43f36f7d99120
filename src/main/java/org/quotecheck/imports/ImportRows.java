package org.quotecheck.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Turns the rows of the import job queries into views. */
final class ImportRows {

    private ImportRows() {
    }

    /**
     * A row of {@code ImportService}'s job query (its JOB_COLUMNS, in that order) as the API shows it,
     * with its progress in percent and an ETA.
     */
    static ImportView view(Object[] r, List<ImportView.Failure> failures) {
        String status = (String) r[1];
        Instant started = instant(r[4]);
        Instant finished = instant(r[5]);
        int ingested = ((Number) r[7]).intValue();
        int duplicates = ((Number) r[8]).intValue();
        int failed = ((Number) r[9]).intValue();
        long pending = ((Number) r[11]).longValue();
        int processed = ingested + duplicates + failed;
        int percent = processed + pending == 0 ? 100 : (int) (processed * 100 / (processed + pending));
        Long eta = null;
        boolean active = status.equals("QUEUED") || status.equals("RUNNING");
        if (active && started != null && pending > 0 && processed > 0) {
            double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            eta = Math.round(pending / (processed / seconds));
        }
        return new ImportView(((Number) r[0]).longValue(), status, (String) r[2], instant(r[3]), started, finished,
                ((Number) r[6]).intValue(), processed, ingested, duplicates, failed, active || status.equals("RECEIVING")
                ? pending : 0, percent, eta, (String) r[10], failures);
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
