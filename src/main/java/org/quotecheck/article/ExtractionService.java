package org.quotecheck.article;

import jakarta.enterprise.context.ApplicationScoped;

/** The dry run: every quotation of a text with its speaker; stores nothing. */
@ApplicationScoped
public class ExtractionService {

    private final Extraction extraction;

    ExtractionService(Extraction extraction) {
        this.extraction = extraction;
    }

    /** Exactly one of {@code text} and {@code html}; see {@link ExtractionView}. */
    public ExtractionView extract(String text, String html) {
        ArticleText article = ArticleText.of(text, html);
        return new ExtractionView(new ExtractionView.Extractor(extraction.version()),
                article.fromHtml() ? article.text() : null,
                extraction.draft(article.text()).stream().map(Extraction.Draft::quotation).toList());
    }
}
