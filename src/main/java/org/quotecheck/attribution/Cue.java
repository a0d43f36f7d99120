package org.quotecheck.attribution;

import org.quotecheck.extraction.Span;

/** The words that introduce a quotation ("said", "was critical of", "according to"). */
public record Cue(String text, Span span) {
}
