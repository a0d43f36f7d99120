package org.quotecheck.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    @Test
    void blockElementsBecomeParagraphsSeparatedByABlankLine() {
        String html = "<html><body><h1>Title</h1><div><p>First  para.</p><p>Second\n para.</p></div>"
                + "<ul><li>one</li><li>two</li></ul></body></html>";
        assertEquals("Title\n\nFirst para.\n\nSecond para.\n\none\n\ntwo", HtmlToText.convert(html).text());
    }

    @Test
    void inlineElementsDoNotBreakTheText() {
        assertEquals("She said “yes” today.",
                HtmlToText.convert("<p>She <b>said</b> <i>“yes”</i> today.</p>").text());
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("“Tom & Jerry” — it’s <here>",
                HtmlToText.convert("<p>&ldquo;Tom &amp; Jerry&rdquo; &mdash; it&#8217;s &lt;here&gt;</p>").text());
    }

    @Test
    void scriptsStylesAndHeadAreDropped() {
        HtmlToText.Result r = HtmlToText.convert("<html><head><title> The title </title><style>p{}</style></head>"
                + "<body><script>alert('x')</script><p>Visible</p><noscript>no</noscript></body></html>");
        assertEquals("Visible", r.text());
        assertEquals("The title", r.title());
    }

    @Test
    void lineBreakIsASingleNewline() {
        assertEquals("one\ntwo", HtmlToText.convert("<p>one<br>two</p>").text());
    }

    @Test
    void preformattedTextKeepsItsWhitespace() {
        assertEquals("a  b\n c", HtmlToText.convert("<pre>a  b\n c</pre>").text());
    }

    @Test
    void brokenMarkupStillYieldsItsText() {
        assertEquals("unclosed\n\nnext", HtmlToText.convert("<p>unclosed<p>next</div></span>").text());
    }

    @Test
    void documentWithoutTitleHasNone() {
        assertNull(HtmlToText.convert("<p>x</p>").title());
    }
}
