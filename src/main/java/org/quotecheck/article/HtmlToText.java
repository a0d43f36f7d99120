package org.quotecheck.article;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML article, the text that offsets index: block elements become paragraphs
 * separated by a blank line ({@code "\n\n"}), {@code <br>} a line break, runs of whitespace one
 * space (except inside {@code <pre>}), entities are decoded, and scripts, styles and other
 * invisible content are dropped. Jsoup parses like a browser, so broken markup still yields text.
 */
final class HtmlToText {

    /** The text and the document's {@code <title>} (null when it has none). */
    record Result(String text, String title) {
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final String INVISIBLE = "script, style, noscript, template, head, svg, math, iframe, object,"
            + " embed, canvas, audio, video, select, button, input, textarea, [hidden]";

    private HtmlToText() {
    }

    static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new Result(text(doc.body()), title);
    }

    /** The plain text of one element (for instance a page's article body); removes its invisible parts. */
    static String text(Element root) {
        root.select(INVISIBLE).remove();
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, root);
        return writer.text();
    }

    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        /** Line breaks owed before the next visible text: 0, 1 (line) or 2 (paragraph). */
        private int pendingBreaks;
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (inPre(text)) {
                    appendRaw(text.getWholeText());
                } else {
                    appendCollapsed(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    pendingBreaks = Math.max(pendingBreaks, 1);
                    pendingSpace = false;
                } else if (BLOCKS.contains(tag)) {
                    paragraph();
                } else if (CELLS.contains(tag)) {
                    pendingSpace = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    paragraph();
                } else if (CELLS.contains(tag)) {
                    pendingSpace = true;
                }
            }
        }

        private void paragraph() {
            pendingBreaks = 2;
            pendingSpace = false;
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    pendingSpace = true;
                } else {
                    beforeVisible();
                    out.appendCodePoint(cp);
                }
            }
        }

        private void appendRaw(String s) {
            if (s.isEmpty()) {
                return;
            }
            beforeVisible();
            out.append(s);
        }

        /** Emits owed breaks or the owed space; nothing at the very start of the text. */
        private void beforeVisible() {
            if (!out.isEmpty()) {
                if (pendingBreaks > 0) {
                    trimTrailingSpaces();
                    out.append("\n".repeat(pendingBreaks));
                } else if (pendingSpace && !endsWithWhitespace()) {
                    out.append(' ');
                }
            }
            pendingBreaks = 0;
            pendingSpace = false;
        }

        private boolean endsWithWhitespace() {
            return !out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1));
        }

        private void trimTrailingSpaces() {
            int n = out.length();
            while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
                n--;
            }
            out.setLength(n);
        }

        private static boolean inPre(TextNode text) {
            for (Node p = text.parent(); p != null; p = p.parent()) {
                if (p instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("textarea"))) {
                    return true;
                }
            }
            return false;
        }

        String text() {
            return out.toString().strip();
        }
    }
}
