package org.quotecheck.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used by the application process and by the PostgreSQL server (the postmaster on a port
 * and its backends). On a machine shared with other work, wall-clock rates swing with the load;
 * CPU time per article moves far less, so the ingest benchmark reports both.
 */
final class CpuMeter {

    private final ProcessHandle app;
    private final int pgPort;

    CpuMeter(Process app, int pgPort) {
        this.app = app.toHandle();
        this.pgPort = pgPort;
    }

    /** Application and PostgreSQL CPU time so far (backends that have exited are not counted). */
    Duration[] now() {
        Duration appCpu = app.info().totalCpuDuration().orElse(Duration.ZERO);
        Duration pgCpu = postmaster().map(p -> p.descendants().map(CpuMeter::cpu).reduce(cpu(p), Duration::plus))
                .orElse(Duration.ZERO);
        return new Duration[] {appCpu, pgCpu};
    }

    private Optional<ProcessHandle> postmaster() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("postgres") && c.contains(" -p " + pgPort + " ")).orElse(false)).findFirst();
    }

    private static Duration cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** "app 12.3 ms, PostgreSQL 8.1 ms of CPU per article" between two readings. */
    static String perItem(Duration[] before, Duration[] after, long items) {
        return String.format("CPU per article: application %.1f ms, PostgreSQL %.1f ms",
                after[0].minus(before[0]).toNanos() / 1e6 / Math.max(1, items),
                after[1].minus(before[1]).toNanos() / 1e6 / Math.max(1, items));
    }
}
