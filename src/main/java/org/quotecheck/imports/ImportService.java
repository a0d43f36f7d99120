package org.quotecheck.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotecheck.article.ArticleRequest;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.PayloadTooLargeException;
import org.quotecheck.support.UnprocessableException;

/**
 * Bulk imports: an upload is read line by line into {@code import_line} rows (never held whole),
 * then workers on any replica claim batches of pending lines with {@code FOR UPDATE SKIP LOCKED}
 * and ingest each batch in one transaction together with the lines' outcomes and the job's
 * counters, so that a crash loses no line and counts none twice.
 */
@ApplicationScoped
public class ImportService {

    static final int FAILURES_SHOWN = 100;
    private static final int UPLOAD_BATCH_LINES = 500;
    private static final long UPLOAD_BATCH_CHARS = 8L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final EntityManager em;
    private final ArticleService articles;
    private final ObjectMapper json;
    private final ImportConfig config;
    /** A batch may fetch a page per line: its transaction must outlast that many fetches. */
    private final int batchTimeoutSeconds;

    ImportService(EntityManager em, ArticleService articles, ObjectMapper json, ImportConfig config,
            org.quotecheck.fetch.FetchConfig fetch) {
        this.batchTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE,
                Math.max(600, config.batchSize() * fetch.totalTimeout().toSeconds() + 60));
        this.em = em;
        this.articles = articles;
        this.json = json;
        this.config = config;
    }

    // --- upload -------------------------------------------------------------------------------

    /** Reads the NDJSON stream into a new job and queues it; answers once the upload is read. */
    public ImportView upload(InputStream body, String user) {
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "INSERT INTO import_job (status, created_by) VALUES ('RECEIVING', :user) RETURNING id")
                .setParameter("user", user).getSingleResult()).longValue());
        NdjsonLines reader = new NdjsonLines(body, (int) Math.min(Integer.MAX_VALUE - 16, config.maxLineSize().asLongValue()),
                config.maxUploadSize().asLongValue());
        List<NdjsonLines.Line> batch = new ArrayList<>();
        long chars = 0;
        int read = 0;
        int stored = 0;
        int failedOnArrival = 0;
        try {
            for (NdjsonLines.Line line; (line = reader.next()) != null; ) {
                read = line.number();
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                batch.add(line);
                chars += line.text() == null ? 0 : line.text().length();
                if (batch.size() >= UPLOAD_BATCH_LINES || chars >= UPLOAD_BATCH_CHARS) {
                    failedOnArrival += insertLines(id, batch);
                    stored += batch.size();
                    batch.clear();
                    chars = 0;
                }
            }
            failedOnArrival += insertLines(id, batch);
            stored += batch.size();
        } catch (NdjsonLines.UploadTooLargeException e) {
            abandon(id, "The upload exceeded " + e.limit + " bytes.");
            throw new PayloadTooLargeException("The upload exceeds the limit of " + e.limit
                    + " bytes (quotecheck.imports.max-upload-size); split the file and import the parts.");
        } catch (IOException | RuntimeException e) {
            abandon(id, "The upload broke off after line " + read + ".");
            if (e instanceof PayloadTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw InvalidInputException.of("body", "The upload broke off after line " + read + "; nothing of it is imported.");
        }
        if (stored == 0) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM import_job WHERE id = :id")
                    .setParameter("id", id).executeUpdate());
            throw InvalidInputException.of("body", "The upload has no lines: send one JSON article per line.");
        }
        int lines = read;
        int failed = failedOnArrival;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET status = 'QUEUED',"
                        + " lines_read = :read, failed = :failed WHERE id = :id")
                .setParameter("read", lines).setParameter("failed", failed).setParameter("id", id).executeUpdate());
        sweep();
        return view(id);
    }

    /** Stores a batch of received lines; returns how many of them failed on arrival. */
    private int insertLines(long job, List<NdjsonLines.Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] failed = {0};
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO import_line (job_id, line_no, body, status, reason) VALUES (?, ?, ?, ?, ?)")) {
                for (NdjsonLines.Line line : lines) {
                    String problem = line.problem();
                    if (problem == null && line.text().indexOf('\u0000') >= 0) {
                        problem = "The line contains a NUL character.";
                    }
                    ps.setLong(1, job);
                    ps.setInt(2, line.number());
                    ps.setString(3, problem == null ? line.text() : null);
                    ps.setString(4, problem == null ? "PENDING" : "FAILED");
                    ps.setString(5, problem);
                    ps.addBatch();
                    if (problem != null) {
                        failed[0]++;
                    }
                }
                ps.executeBatch();
            }
        }));
        return failed[0];
    }

    private void abandon(long id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM import_line WHERE job_id = :id").setParameter("id", id).executeUpdate();
            em.createNativeQuery("UPDATE import_job SET status = 'FAILED', error = :error, finished_at = now()"
                    + " WHERE id = :id").setParameter("error", error).setParameter("id", id).executeUpdate();
        });
    }

    // --- work ---------------------------------------------------------------------------------

    private record Claimed(long job, int line, String body) {
    }

    private record Outcome(String status, String reason, Long articleId) {
    }

    /**
     * Claims up to a batch of pending lines of active jobs and ingests them in one transaction;
     * returns how many lines it processed. Should the batch's transaction fail (a database
     * error, a deadlock with another replica), its lines are done again one per transaction,
     * so that a bad line fails alone.
     */
    int processBatch() {
        try {
            return QuarkusTransaction.requiringNew().timeout(batchTimeoutSeconds).call(() -> process(config.batchSize()));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Import batch failed; retrying its lines one at a time");
            int done = 0;
            for (int i = 0; i < config.batchSize(); i++) {
                Claimed[] current = new Claimed[1];
                try {
                    int n = QuarkusTransaction.requiringNew().timeout(batchTimeoutSeconds).call(() -> process(1, current));
                    if (n == 0) {
                        break;
                    }
                    done += n;
                } catch (RuntimeException lineError) {
                    if (current[0] == null) {
                        throw lineError;
                    }
                    String errorId = UUID.randomUUID().toString();
                    LOG.errorf(lineError, "Import %d line %d could not be stored (error id %s)", current[0].job(),
                            current[0].line(), errorId);
                    Claimed bad = current[0];
                    QuarkusTransaction.requiringNew().run(() -> record(Map.of(bad, new Outcome("FAILED",
                            "The article could not be stored (error id " + errorId + ").", null))));
                    done++;
                }
            }
            return done;
        }
    }

    private int process(int limit) {
        return process(limit, new Claimed[1]);
    }

    @SuppressWarnings("unchecked")
    private int process(int limit, Claimed[] current) {
        List<Object[]> rows = em.createNativeQuery("SELECT l.job_id, l.line_no, l.body FROM import_line l"
                        + " JOIN import_job j ON j.id = l.job_id"
                        + " WHERE l.status = 'PENDING' AND j.status IN ('QUEUED', 'RUNNING')"
                        + " ORDER BY l.job_id, l.line_no LIMIT :n FOR UPDATE OF l SKIP LOCKED")
                .setParameter("n", limit).getResultList();
        List<Claimed> claimed = rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(),
                ((Number) r[1]).intValue(), (String) r[2])).toList();
        if (!claimed.isEmpty()) {
            current[0] = claimed.get(0); // a line that fails alone (see processBatch) fails here already
        }
        // Parsing, checking and extracting are CPU work: done for the whole batch on every core,
        // then the articles are stored one after another in this transaction.
        List<Line> lines = claimed.stream().map(c -> parse(c.body())).toList();
        List<ArticleService.Prepared> prepared = lines.stream().map(Line::prepared).toList();
        prepared = articles.extractAll(prepared, articles.storedHashes(prepared.stream()
                .filter(java.util.Objects::nonNull).map(ArticleService.Prepared::sha).distinct().toList()));
        articles.lockAhead(prepared.stream().filter(java.util.Objects::nonNull).toList());
        Map<Claimed, Outcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            current[0] = claimed.get(i);
            outcomes.put(claimed.get(i), ingest(lines.get(i), prepared.get(i)));
        }
        record(outcomes);
        finishJobs(claimed.stream().map(Claimed::job).distinct().toList());
        return rows.size();
    }

    /**
     * The batch's jobs that have no pending line left are done now, not when a worker next finds no
     * work at all: with several jobs queued, a finished one showed RUNNING until the last was done.
     * (Two batches of one job committing together may each still see the other's lines pending;
     * then {@link #sweep} ends the job once the workers are idle.)
     */
    private void finishJobs(List<Long> jobs) {
        if (!jobs.isEmpty()) {
            em.createNativeQuery("UPDATE import_job j SET status = 'DONE', finished_at = now(),"
                    + " started_at = coalesce(started_at, now()) WHERE id IN (:ids) AND status = 'RUNNING'"
                    + " AND NOT EXISTS (SELECT 1 FROM import_line l WHERE l.job_id = j.id AND l.status = 'PENDING')")
                    .setParameter("ids", jobs).executeUpdate();
        }
    }

    /** A line as read: its article request and, for text or HTML, the article prepared; or why it failed. */
    private record Line(ArticleRequest request, ArticleService.Prepared prepared, Outcome failure) {
    }

    private Line parse(String line) {
        ArticleRequest request;
        try {
            request = json.readValue(line, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            return new Line(null, null, new Outcome("FAILED", "Not a JSON article: " + firstLine(e.getOriginalMessage()), null));
        }
        if (request == null) {
            return new Line(null, null, new Outcome("FAILED", "Not a JSON article: the line is null.", null));
        }
        try {
            return new Line(request, articles.prepare(command(request)), null);
        } catch (InvalidInputException | UnprocessableException e) {
            return new Line(request, null, new Outcome("FAILED", e.getMessage(), null));
        }
    }

    private static IngestCommand command(ArticleRequest request) {
        return new IngestCommand(request.text(), request.html(), request.url(), request.title(), request.publisher(),
                request.publishedAt());
    }

    private Outcome ingest(Line line, ArticleService.Prepared prepared) {
        if (line.failure() != null) {
            return line.failure();
        }
        try {
            ArticleService.Stored stored = prepared != null ? articles.store(prepared)
                    : articles.store(command(line.request()));
            return new Outcome(stored.created() ? "INGESTED" : "DUPLICATE", null, stored.id());
        } catch (InvalidInputException | UnprocessableException e) {
            return new Outcome("FAILED", e.getMessage(), null);
        }
    }

    private void record(Map<Claimed, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<Long, int[]> counts = new LinkedHashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_line SET status = ?, reason = ?,"
                    + " article_id = ?, body = NULL WHERE job_id = ? AND line_no = ? AND status = 'PENDING'")) {
                for (Map.Entry<Claimed, Outcome> e : outcomes.entrySet()) {
                    Outcome o = e.getValue();
                    ps.setString(1, o.status());
                    ps.setString(2, o.reason() == null ? null : clip(o.reason()));
                    ps.setObject(3, o.articleId());
                    ps.setLong(4, e.getKey().job());
                    ps.setInt(5, e.getKey().line());
                    ps.addBatch();
                    int[] n = counts.computeIfAbsent(e.getKey().job(), k -> new int[3]);
                    n[switch (o.status()) {
                        case "INGESTED" -> 0;
                        case "DUPLICATE" -> 1;
                        default -> 2;
                    }]++;
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_job SET ingested = ingested + ?,"
                    + " duplicates = duplicates + ?, failed = failed + ?, started_at = coalesce(started_at, now()),"
                    + " status = CASE WHEN status = 'QUEUED' THEN 'RUNNING' ELSE status END WHERE id = ?")) {
                for (Map.Entry<Long, int[]> e : counts.entrySet()) {
                    ps.setInt(1, e.getValue()[0]);
                    ps.setInt(2, e.getValue()[1]);
                    ps.setInt(3, e.getValue()[2]);
                    ps.setLong(4, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Jobs without pending lines are done (run by every worker, so a job finished on two replicas at once ends too). */
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job j SET status = 'DONE',"
                + " finished_at = now(), started_at = coalesce(started_at, now())"
                + " WHERE status IN ('QUEUED', 'RUNNING')"
                + " AND NOT EXISTS (SELECT 1 FROM import_line l WHERE l.job_id = j.id AND l.status = 'PENDING')")
                .executeUpdate());
    }

    // --- reading and cancelling -----------------------------------------------------------------

    public ImportView view(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> found = em.createNativeQuery(JOB_COLUMNS + " WHERE id = :id").setParameter("id", id).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("import", id);
            }
            return ImportRows.view((Object[]) found.get(0), failures(id, 0, FAILURES_SHOWN));
        });
    }

    /** Jobs, newest first, without their failures. */
    public Page<ImportView> list(PageRequest page) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM import_job").getSingleResult()).longValue();
            List<?> rows = em.createNativeQuery(JOB_COLUMNS + " ORDER BY id DESC LIMIT :n OFFSET :o")
                    .setParameter("n", page.size()).setParameter("o", page.offset()).getResultList();
            List<ImportView> items = rows.stream().map(r -> ImportRows.view((Object[]) r, List.of())).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** A job's failed lines in line order. */
    public Page<ImportView.Failure> failures(long id, PageRequest page) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            view(id); // 404 for an unknown job
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM import_line WHERE job_id = :id"
                    + " AND status = 'FAILED'").setParameter("id", id).getSingleResult()).longValue();
            return new Page<>(failures(id, page.offset(), page.size()), page.page(), page.size(), total);
        });
    }

    /**
     * Stops a job: no further line of it is claimed (a batch in flight finishes). A job that has
     * already ended cannot be cancelled.
     */
    public ImportView cancel(long id) {
        int changed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE import_job"
                + " SET status = 'CANCELLED', finished_at = now() WHERE id = :id AND status IN ('RECEIVING', 'QUEUED', 'RUNNING')")
                .setParameter("id", id).executeUpdate());
        ImportView job = view(id);
        if (changed == 0) {
            throw new JobEndedException(id, job.status());
        }
        return job;
    }

    /** Cancelling a job that has ended: a 422 problem ({@code import-ended}). */
    public static final class JobEndedException extends UnprocessableException {
        JobEndedException(long id, String status) {
            super("import-ended", "Import has ended", null, "Import " + id + " has ended (" + status
                    + "); only a queued or running import can be cancelled.");
        }
    }

    private static final String JOB_COLUMNS = "SELECT id, status, created_by, created_at, started_at, finished_at,"
            + " lines_read, ingested, duplicates, failed, error,"
            + " (SELECT count(*) FROM import_line l WHERE l.job_id = import_job.id AND l.status = 'PENDING')"
            + " FROM import_job";

    @SuppressWarnings("unchecked")
    private List<ImportView.Failure> failures(long id, int offset, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT line_no, reason FROM import_line WHERE job_id = :id"
                        + " AND status = 'FAILED' ORDER BY line_no LIMIT :n OFFSET :o")
                .setParameter("id", id).setParameter("n", size).setParameter("o", offset).getResultList();
        return rows.stream().map(r -> new ImportView.Failure(((Number) r[0]).intValue(), (String) r[1])).toList();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable.";
        }
        int nl = message.indexOf('\n');
        return clip(nl < 0 ? message : message.substring(0, nl));
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
