package org.quotecheck.article;

import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;

/** The plain text of a submitted article, from exactly one of {@code text} and {@code html}. */
record ArticleText(String text, boolean fromHtml, String htmlTitle) {

    static ArticleText of(String text, String html) {
        if (text != null && html != null) {
            throw InvalidInputException.of("text", "Send the article as text or as html, not both.");
        }
        if (text == null && html == null) {
            throw InvalidInputException.of("text", "Send the article as text or as html: the body has neither.");
        }
        if (text != null) {
            if (text.isBlank()) {
                throw InvalidInputException.of("text", "text must not be empty or blank.");
            }
            Inputs.requireStorable("text", text);
            // kept exactly as sent: offsets index the submitted text
            return new ArticleText(text, false, null);
        }
        if (html.isBlank()) {
            throw InvalidInputException.of("html", "html must not be empty or blank.");
        }
        Inputs.requireStorable("html", html);
        HtmlToText.Result converted = HtmlToText.convert(html);
        if (converted.text().isBlank()) {
            throw InvalidInputException.of("html", "html contains no visible text.");
        }
        // Entities decode to characters the raw HTML did not contain: &#0; is a NUL.
        Inputs.requireStorable("html", converted.text());
        if (converted.title() != null) {
            Inputs.requireStorable("html", converted.title());
        }
        return new ArticleText(converted.text(), true, converted.title());
    }
}
