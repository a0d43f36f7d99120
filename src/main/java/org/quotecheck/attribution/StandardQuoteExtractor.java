package org.quotecheck.attribution;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.names.NameResolver;
import org.quotecheck.attribution.phrase.Phrases;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

import java.util.ArrayList;
import java.util.List;
import org.quotecheck.attribution.sieve.Rule.Evidence;
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
        return "quotecheck-core/2"; // the rule set: raised whenever attributions change, stored with every article
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
            Span label = transcriptLabel(text, content);
            if (label != null && (ev == null || !STRONG.contains(st.rule[q]))) {
                String l = label.of(text);
                NameResolver.Resolved r = resolver.byLabel(l);
                Speaker speaker = new Speaker(r.name(), r.role(), new Mention(l, label));
                out.add(new AttributedQuotation(content.of(text), content, para, speaker, null, "transcript-label", 0.9));
                continue;
            }
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
            TokenRange c = ev.cue();
            if (c != null) {
                Span cs = doc.span(c.from(), c.to());
                cue = new Cue(cs.of(text), cs);
            }
            out.add(new AttributedQuotation(content.of(text), content, para, speaker, cue, st.rule[q], ev.confidence()));
        }
        return List.copyOf(out);
    }

    /** Rules with a frame right at the quotation: a transcript label inside the quote does not override them. */
    private static final java.util.Set<String> STRONG = java.util.Set.of("said-after", "said-before", "according-to",
            "dash", "sentence-frame", "interrupted");

    /** Section labels in capitals that are no speakers. */
    private static final java.util.Set<String> NOT_SPEAKER_LABELS = WordLists.load("not-speaker-labels");

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\(?[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+){0,2}\\)?:[ \\u00a0]");

    /**
     * "“WALLACE: If I may …”": a transcript line opens with its speaker's name in capitals and a
     * colon. The span of that name inside the quotation, or null.
     */
    static Span transcriptLabel(String text, Span content) {
        int from = content.start();
        int to = Math.min(content.end(), from + 40);
        java.util.regex.Matcher m = LABEL.matcher(text.substring(from, to));
        if (!m.find()) {
            return null;
        }
        String label = m.group().substring(0, m.group().indexOf(':')).replace("(", "").replace(")", "");
        if (label.replace(".", "").length() < 2 || NOT_SPEAKER_LABELS.contains(label)) {
            return null;
        }
        int s = from + m.group().indexOf(label);
        return new Span(s, s + label.length());
    }

    private static boolean isPronounMention(Doc doc, TokenRange m) {
        return m.to() - m.from() == 1 && (Phrases.isPronoun(doc.tok(m.from())) || doc.tok(m.from()).is("his")
                || doc.tok(m.from()).is("her"));
    }
}
