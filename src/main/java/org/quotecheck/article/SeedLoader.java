package org.quotecheck.article;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.quotecheck.support.InvalidInputException;

/**
 * Ingests every {@code *.txt} of the seed folder at start-up (dev and prod alike), so that a fresh
 * clone shows real data. A bad file is logged and skipped: seeds never stop the service.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** What one pass over a seed folder did. */
    public record Report(int created, int existing, int failed) {
    }

    private final SeedsConfig config;
    private final ArticleService articles;

    SeedLoader(SeedsConfig config, ArticleService articles) {
        this.config = config;
        this.articles = articles;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Seed loading is disabled (quotecheck.seeds.enabled=false)");
            return;
        }
        load(Path.of(config.directory()));
    }

    /** Ingests every {@code *.txt} of {@code directory}, in name order. */
    public Report load(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.infof("No seed folder at %s; starting without seeds", directory.toAbsolutePath());
            return new Report(0, 0, 0);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("Cannot list the seed folder %s: %s", directory, e.getMessage());
            return new Report(0, 0, 1);
        }
        int created = 0;
        int existing = 0;
        int failed = 0;
        for (Path file : files) {
            try {
                String text = readUtf8(file);
                IngestResult result = articles.ingest(new IngestCommand(text, null, null, firstLine(text), null, null));
                if (result.created()) {
                    created++;
                } else {
                    existing++;
                }
            } catch (IOException | InvalidInputException e) {
                failed++;
                LOG.warnf("Seed %s skipped: %s", file.getFileName(), e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Seed %s could not be ingested", file.getFileName());
            }
        }
        LOG.infof("Seeds from %s: %d ingested, %d already present, %d skipped", directory, created, existing, failed);
        return new Report(created, existing, failed);
    }

    /** Strict UTF-8: a file in another encoding is refused rather than stored garbled. */
    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.codePointCount(0, l.length()) > ArticleService.MAX_TITLE
                        ? l.substring(0, l.offsetByCodePoints(0, ArticleService.MAX_TITLE)) : l)
                .orElse(null);
    }
}
