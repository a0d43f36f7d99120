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
        if (BodySizeFilter.isBulkImport(context.getMediaType())) {
            return context.proceed();
        }
        long limit = config.get().maxBodySize().asLongValue();
        context.setInputStream(new Limited(context.getInputStream(), limit));
        return context.proceed();
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
