package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.quotecheck.attribution.QuoteExtractor;

/** The pure core as a CDI bean: built once, immutable and thread-safe, shared by every request. */
class ExtractorProducer {

    @Produces
    @ApplicationScoped
    QuoteExtractor extractor() {
        return QuoteExtractor.standard();
    }
}
