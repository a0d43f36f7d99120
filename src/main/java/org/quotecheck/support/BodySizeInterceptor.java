package org.quotecheck.support;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Enforces {@code quotecheck.api.max-body-size} on bodies that did not announce their length
 * (chunked), which {@link BodySizeFilter} cannot judge up front.
 */
@Provider
public class BodySizeInterceptor implements ReaderInterceptor {

    // looked up per request: providers are created before run-time configuration is available
    private final Instance<ApiConfig> config;

    BodySizeInterceptor(Instance<ApiConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() != null && BodySizeFilter.isBulkImport(context.getMediaType().toString())) {
            return context.proceed();
        }
        long limit = config.get().maxBodySize().asLongValue();
        if (!isJson(context.getMediaType())) {
            context.setInputStream(new Limited(context.getInputStream(), limit));
            return context.proceed();
        }
        // JSON bodies are read whole (at most the limit) and checked to be UTF-8 before Jackson
        // sees them: Jackson would accept overlong forms such as C0 AF, and a limit hit in the
        // middle of parsing would surface as a syntax error rather than a 413.
        byte[] body = new Limited(context.getInputStream(), limit).readAllBytes();
        requireUtf8(body);
        context.setInputStream(new java.io.ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(jakarta.ws.rs.core.MediaType type) {
        return type != null && type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                && !type.isWildcardType() && !type.isWildcardSubtype();
    }

    /** Strict UTF-8: no overlong forms, no encoded surrogates, nothing truncated. */
    static void requireUtf8(byte[] body) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InvalidInputException.of("body", "The request body is not valid UTF-8.");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException("The request body exceeds the limit of " + limit + " bytes.");
            }
        }
    }
}
