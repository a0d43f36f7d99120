package org.quotecheck.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;
import org.quotecheck.review.QuotationFilter;

/**
 * Writes the streaming exports row by row as the cursor delivers them: NDJSON (one JSON object a
 * line, https://github.com/ndjson/ndjson-spec), CSV (RFC 4180, a header row) and ClaimReview NDJSON.
 * Nothing is collected first: memory stays flat however many rows there are.
 */
@ApplicationScoped
public class ExportStreams {

    private static final Logger LOG = Logger.getLogger(ExportStreams.class);

    /** The CSV columns, in order (NDJSON lines carry every {@link ExportRow} field). */
    public static final List<String> CSV_HEADER = List.of("id", "article_id", "status", "text", "speaker_id",
            "speaker", "speaker_role", "speaker_type", "extracted_speaker", "mention", "start", "end", "rule",
            "confidence", "cluster_id", "conflict", "article_url", "article_title", "publisher", "published_at",
            "created_at", "reviewed_at", "review_count", "version");

    private static final int BUFFER = 64 * 1024;

    private final ExportReads reads;
    private final ClaimReviews claimReviews;
    private final ObjectMapper json;
    private final com.fasterxml.jackson.databind.ObjectWriter lineWriter;

    ExportStreams(ExportReads reads, ClaimReviews claimReviews, ObjectMapper json) {
        this.reads = reads;
        this.claimReviews = claimReviews;
        this.json = json;
        // one flush per buffer, not one per line
        this.lineWriter = json.writer().without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** Every matching quotation as one JSON object a line. */
    public void ndjson(QuotationFilter filter, OutputStream sink) {
        lines(filter, false, sink, row -> row);
    }

    /** A ClaimReview a line for every reviewed quotation matching the filter. */
    public void claimReviews(QuotationFilter filter, OutputStream sink) {
        lines(filter, true, sink, claimReviews::of);
    }

    public void csv(QuotationFilter filter, OutputStream sink) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), BUFFER);
        Csv csv = new Csv(writer);
        csv.record(List.copyOf(CSV_HEADER));
        long n = reads.each(filter, false, r -> csv.record(Arrays.asList(r.id(), r.articleId(), r.status().name(),
                r.text(), r.speakerId(), r.speakerName(), r.speakerRole(),
                r.speakerType() == null ? null : r.speakerType().name(), r.extractedSpeakerName(), r.mention(),
                r.start(), r.end(), r.rule(), r.confidence(), r.clusterId(), r.conflict(), r.articleUrl(),
                r.articleTitle(), r.publisher(), r.publishedAt(), r.createdAt(), r.reviewedAt(), r.reviewCount(),
                r.version())));
        flush(writer);
        LOG.debugf("CSV export: %d rows", n);
    }

    private void lines(QuotationFilter filter, boolean reviewedOnly, OutputStream sink,
            java.util.function.Function<ExportRow, Object> line) {
        OutputStream out = new BufferedOutputStream(sink, BUFFER);
        try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
            gen.setRootValueSeparator(null);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            long n = reads.each(filter, reviewedOnly, row -> {
                try {
                    lineWriter.writeValue(gen, line.apply(row));
                    gen.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            gen.flush();
            LOG.debugf("NDJSON export: %d lines", n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(out);
    }

    private static void flush(java.io.Flushable out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
