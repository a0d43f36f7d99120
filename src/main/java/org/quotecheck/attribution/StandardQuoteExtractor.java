package org.quotecheck.attribution;

import java.util.ArrayList;
import java.util.List;
import org.quotecheck.attribution.Phrases.Range;
import org.quotecheck.attribution.Rule.Evidence;
import org.quotecheck.extraction.Quotation;
import org.quotecheck.extraction.QuotationFinder;
import org.quotecheck.extraction.Span;

/** The default pipeline: {@link QuotationFinder}, then the {@link Sieve}, then {@link NameResolver}. */
final class StandardQuoteExtractor implements QuoteExtractor {

    static final StandardQuoteExtractor INSTANCE = new StandardQuoteExtractor();

    private final QuotationFinder finder = new QuotationFinder();

    private StandardQuoteExtractor() {
    }

    @Override
    public String version() {
        return "quotecheck-core/1";
    }

    @Override
    public List<AttributedQuotation> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> paragraphs = QuotationFinder.paragraphs(text);
        List<Quotation> quotes = finder.find(text);
        Doc doc = new Doc(text, paragraphs, quotes);
        Sieve.State st = Sieve.run(doc);
        NameResolver resolver = new NameResolver(doc);
        List<AttributedQuotation> out = new ArrayList<>(quotes.size());
        String lastPerson = null;
        for (int q = 0; q < quotes.size(); q++) {
            Quotation quote = quotes.get(q);
            Span content = quote.content();
            Span para = paragraphs.get(quote.paragraph());
            Evidence ev = st.decided[q];
            if (ev == null) {
                out.add(new AttributedQuotation(content.of(text), content, para, null, null, "none", 0));
                continue;
            }
            Span ms = doc.span(ev.mention().from(), ev.mention().to());
            NameResolver.Resolved r = resolver.resolve(ev.naming(), lastPerson);
            if (r.name() != null && r.person() && !isPronounMention(doc, ev.naming())) {
                lastPerson = r.name();
            }
            Speaker speaker = new Speaker(r.name(), r.role(), new Mention(ms.of(text), ms));
            Cue cue = null;
            Range c = ev.cue();
            if (c != null) {
                Span cs = doc.span(c.from(), c.to());
                cue = new Cue(cs.of(text), cs);
            }
            out.add(new AttributedQuotation(content.of(text), content, para, speaker, cue, st.rule[q], ev.confidence()));
        }
        return List.copyOf(out);
    }

    private static boolean isPronounMention(Doc doc, Range m) {
        return m.to() - m.from() == 1 && Phrases.isPronoun(doc.tok(m.from()));
    }
}
