package org.quotecheck.attribution;

import org.quotecheck.extraction.Span;

/** Words of the article that name a speaker at one quotation ("Wang", "he", "the Global Times"). */
public record Mention(String text, Span span) {
}
