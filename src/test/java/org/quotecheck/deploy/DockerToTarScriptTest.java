package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/main/jib/docker-to-tar does what Jib expects of `docker load` and `docker info`. */
class DockerToTarScriptTest {

    static final Path SCRIPT = Paths.get("src/main/jib/docker-to-tar").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void needsAPosixShell() {
        assumeTrue(Files.isExecutable(Paths.get("/bin/sh")), "no /bin/sh: the script is for POSIX shells");
    }

    @Test
    void loadWritesTheImageFromStdinToTheNamedFile() throws Exception {
        Path tar = dir.resolve("image.tar");
        byte[] image = "not really a tarball, but bytes are bytes".getBytes(StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "load");
        pb.environment().put("QUOTECHECK_IMAGE_TAR", tar.toString());
        Process p = pb.start();
        p.getOutputStream().write(image);
        p.getOutputStream().close();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertArrayEquals(image, Files.readAllBytes(tar));
    }

    @Test
    void infoAnswersAsADaemonWouldWithItsPlatform() throws Exception {
        Process p = new ProcessBuilder(SCRIPT.toString(), "info", "-f", "{{json .}}").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(out.contains("\"OSType\":\"linux\""), out);
    }

    @Test
    void loadWithoutATargetFileFailsInsteadOfDiscardingTheImage() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "load");
        pb.environment().remove("QUOTECHECK_IMAGE_TAR");
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
    }

    @Test
    void anyOtherDockerCommandFails() throws Exception {
        Process p = new ProcessBuilder(SCRIPT.toString(), "push", "x").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
    }
}
