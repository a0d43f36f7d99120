package org.quotecheck.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One background thread per replica that works off pending import lines batch by batch, and
 * waits for a new upload (or the poll interval: another replica's upload) when there are none.
 */
@ApplicationScoped
class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportService imports;
    private final ImportConfig config;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    ImportWorker(ImportService imports, ImportConfig config) {
        this.imports = imports;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.workers()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "import-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        work.release();
        if (thread != null) {
            thread.join(10_000); // the batch in flight commits or rolls back; its lines stay pending
        }
    }

    /** An upload has been queued on this replica: start at once. */
    void wake() {
        work.release();
    }

    private void run() {
        while (running) {
            try {
                int done = imports.processBatch();
                if (done == 0) {
                    imports.sweep();
                    work.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    work.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf(e, "Import worker: a batch failed; retrying after %s", config.pollInterval());
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
