package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.List;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.extraction.Span;

/** The pure core as a CDI bean: built once, immutable, shared by every request. */
class ExtractorProducer {

    @Produces
    @ApplicationScoped
    QuoteExtractor extractor() {
        // TEMPORARY until the core branch provides QuoteExtractor.standard(): curly quotes, no speakers.
        return new QuoteExtractor() {
            @Override
            public String version() {
                return "placeholder";
            }

            @Override
            public List<AttributedQuotation> extract(String text) {
                List<AttributedQuotation> out = new ArrayList<>();
                int open = -1;
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\u201C') {
                        open = i;
                    } else if (text.charAt(i) == '\u201D' && open >= 0) {
                        Span span = new Span(open + 1, i);
                        out.add(new AttributedQuotation(span.of(text), span, null, null, null, "none", 0));
                        open = -1;
                    }
                }
                return out;
            }
        };
    }
}
