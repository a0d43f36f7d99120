package org.quotecheck.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads NDJSON one line at a time from a stream, never holding more than one line (of at most
 * {@code maxLine} bytes): a longer line is skipped to its end and reported, a line that is not
 * valid UTF-8 is reported, and the reading goes on with the next line. Lines end at LF (a CR
 * before it is dropped); a last line without LF counts.
 */
final class NdjsonLines {

    /** Line {@code number} (from 1): its text, or why it cannot be read ({@code text} null). */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxLine;
    private final long maxTotal;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long total;
    private int number;
    private byte[] line = new byte[8 * 1024];
    private int length;

    NdjsonLines(InputStream in, int maxLine, long maxTotal) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                total += limit;
                if (total > maxTotal) {
                    throw new UploadTooLargeException(maxTotal);
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (!tooLong) {
                if (length + n > maxLine) {
                    tooLong = true;
                } else {
                    append(start, n);
                }
            }
            if (pos < limit) {
                pos++; // the LF
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "The line is longer than " + maxLine + " bytes.");
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, 0, end)).toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "The line is not valid UTF-8.");
        } finally {
            if (line.length > 64 * 1024) {
                line = new byte[8 * 1024]; // do not keep a large line's buffer for the whole upload
            }
        }
    }

    private void append(int start, int n) {
        if (length + n > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, length + n)];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(buffer, start, line, length, n);
        length += n;
    }

    /** The whole upload exceeds its limit. */
    static final class UploadTooLargeException extends IOException {
        final long limit;

        UploadTooLargeException(long limit) {
            super("The upload exceeds " + limit + " bytes.");
            this.limit = limit;
        }
    }
}
