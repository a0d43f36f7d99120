package org.quotecheck.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.quotecheck.article.ArticleRequest;
import org.quotecheck.article.IngestCommand;

/**
 * Reads one Kafka message value as an article: the format of one NDJSON import line (a JSON
 * object with {@code text}, {@code html} or {@code url} and the optional {@code title},
 * {@code publisher}, {@code publishedAt}). Anything else is malformed, with the reason.
 */
final class MessageParser {

    /** The article, or why the message is not one ({@code command} null). */
    record Parsed(IngestCommand command, String problem) {
        static Parsed malformed(String problem) {
            return new Parsed(null, problem);
        }
    }

    private final ObjectMapper json;
    private final long maxBytes;

    MessageParser(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    Parsed parse(byte[] value) {
        if (value == null || value.length == 0) {
            return Parsed.malformed("The message is empty: send one JSON article per message.");
        }
        if (value.length > maxBytes) {
            return Parsed.malformed("The message is larger than " + maxBytes + " bytes (" + value.length + ").");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.malformed("The message is not valid UTF-8.");
        }
        if (text.indexOf('\u0000') >= 0) {
            return Parsed.malformed("The message contains a NUL character.");
        }
        ArticleRequest request;
        try {
            request = json.readValue(text, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            return Parsed.malformed("Not a JSON article: " + firstLine(e.getOriginalMessage()));
        }
        if (request == null) {
            return Parsed.malformed("Not a JSON article: the message is null.");
        }
        return new Parsed(new IngestCommand(request.text(), request.html(), request.url(), request.title(),
                request.publisher(), request.publishedAt()), null);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable.";
        }
        int nl = message.indexOf('\n');
        return clip(nl < 0 ? message : message.substring(0, nl));
    }

    static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
