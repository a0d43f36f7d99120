package org.quotecheck.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Background threads (one per processor unless configured) that work off pending import lines
 * batch by batch, and wait for a new upload (or the poll interval: another replica's upload) when
 * there are none.
 */
@ApplicationScoped
class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportService imports;
    private final ImportConfig config;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private final java.util.List<Thread> threads = new java.util.ArrayList<>();

    ImportWorker(ImportService imports, ImportConfig config) {
        this.imports = imports;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.workers()) {
            return;
        }
        running = true;
        int n = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < n; i++) {
            Thread thread = new Thread(this::run, "import-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        work.release(threads.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread thread : threads) {
            // the batch in flight commits or rolls back; its lines stay pending
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
    }

    /** An upload has been queued on this replica: start at once. */
    void wake() {
        work.release(Math.max(1, threads.size()));
    }

    private void run() {
        while (running) {
            try {
                int done = imports.processBatch();
                if (done == 0) {
                    imports.sweep();
                    work.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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
