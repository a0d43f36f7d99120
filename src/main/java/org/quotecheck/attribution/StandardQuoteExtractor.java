package org.quotecheck.attribution;

import org.quotecheck.attribution.phrase.WordShapes;
import java.util.ArrayList;
import java.util.List;
import org.quotecheck.attribution.names.NameResolver;
import org.quotecheck.attribution.sieve.Decision;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Guard;
import org.quotecheck.attribution.sieve.PostPass;
import org.quotecheck.attribution.sieve.Refinement;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.SieveOrder;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.TranscriptLabels;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;
import org.quotecheck.extraction.Quotation;
import org.quotecheck.extraction.QuotationFinder;
import org.quotecheck.extraction.Span;

/** The default pipeline: {@link QuotationFinder}, then the {@link Sieve}, then {@link NameResolver}. */
final class StandardQuoteExtractor implements QuoteExtractor {

    static final StandardQuoteExtractor INSTANCE = new StandardQuoteExtractor();

    private final QuotationFinder finder = new QuotationFinder();
    private final SieveOrder order = SieveOrder.STANDARD;
    private final Sieve sieve = new Sieve(order);

    private StandardQuoteExtractor() {
    }

    @Override
    public String version() {
        return "quotecheck-core/5"; // the rule set: raised whenever attributions may change, stored with every article
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    private final List<RuleInfo> rules = describe(order);

    private static List<RuleInfo> describe(SieveOrder order) {
        List<RuleInfo> out = new ArrayList<>();
        for (Guard g : order.guards()) {
            out.add(new RuleInfo(out.size() + 1, g.id(), RuleInfo.Kind.GUARD, g.description(), g.example(), null, List.of(),
                    List.of(), null));
        }
        for (Rule r : order.rules()) {
            out.add(new RuleInfo(out.size() + 1, r.id(), RuleInfo.Kind.RULE, r.description(), r.example(),
                    r.confidence().value(),
                    r.variants().stream().map(v -> new RuleInfo.Variant(v.name(), v.value())).toList(),
                    r.traits().stream().map(Enum::name).sorted().toList(), r.yieldsTo().orElse(null)));
        }
        for (Refinement f : order.refinements()) {
            out.add(new RuleInfo(out.size() + 1, f.id(), RuleInfo.Kind.REFINEMENT, f.description(), f.example(), null,
                    List.of(), List.of(), null));
        }
        for (PostPass p : order.postPasses()) {
            out.add(new RuleInfo(out.size() + 1, p.id(), RuleInfo.Kind.POST_PASS, p.description(), p.example(), null,
                    List.of(), List.of(), null));
        }
        TranscriptLabels l = order.transcriptLabels();
        out.add(new RuleInfo(out.size() + 1, l.id(), RuleInfo.Kind.TRANSCRIPT_LABEL, l.description(), l.example(),
                l.confidence().value(), List.of(), List.of(), null));
        return List.copyOf(out);
    }

    @Override
    public List<AttributedQuotation> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> paragraphs = QuotationFinder.paragraphs(text);
        List<Quotation> quotes = finder.find(text);
        Doc doc = new Doc(text, paragraphs, quotes);
        State st = sieve.run(doc);
        TranscriptLabels labels = order.transcriptLabels();
        NameResolver resolver = new NameResolver(doc);
        List<AttributedQuotation> out = new ArrayList<>(quotes.size());
        String lastPerson = null;
        java.util.Set<String> referredToAsPerson = new java.util.HashSet<>();
        for (int q = 0; q < quotes.size(); q++) {
            Quotation quote = quotes.get(q);
            Span content = quote.content();
            Span para = paragraphs.get(quote.paragraph());
            Decision decision = st.decision(q);
            Span label = labels.labelIn(text, content);
            if (label != null && labels.overrides(decision)) {
                String l = label.of(text);
                NameResolver.Resolved r = resolver.byLabel(l);
                Speaker speaker = new Speaker(r.name(), r.role(), speakerType(r), new Mention(l, label));
                out.add(new AttributedQuotation(content.of(text), content, para, speaker, null, labels.id(),
                        labels.confidence().value()));
                continue;
            }
            if (decision == null) {
                out.add(new AttributedQuotation(content.of(text), content, para, null, null, "none", 0));
                continue;
            }
            Evidence ev = decision.evidence();
            Span ms = doc.span(ev.mention().from(), ev.mention().to());
            NameResolver.Resolved r = resolver.resolve(ev.naming(), lastPerson);
            if (r.name() != null && r.person() && !isPronounMention(doc, ev.naming())) {
                lastPerson = r.name();
            }
            Speaker speaker = new Speaker(r.name(), r.role(), speakerType(r), new Mention(ms.of(text), ms));
            Cue cue = null;
            TokenRange c = ev.cue();
            if (c != null) {
                Span cs = doc.span(c.from(), c.to());
                cue = new Cue(cs.of(text), cs);
            }
            out.add(new AttributedQuotation(content.of(text), content, para, speaker, cue, decision.ruleId(), decision.confidence()));
            if (speaker.type() == SpeakerType.PERSON && r.name() != null && isPronounMention(doc, ev.naming())) {
                referredToAsPerson.add(r.name());
            }
        }
        return personsByPronoun(out, referredToAsPerson);
    }

    /**
     * A name that "he" or "she" referred to is a person's name: its other quotations ("Obama said",
     * where the article never gives a first name or title) are a person's too.
     */
    private static List<AttributedQuotation> personsByPronoun(List<AttributedQuotation> out, java.util.Set<String> persons) {
        if (persons.isEmpty()) {
            return List.copyOf(out);
        }
        List<AttributedQuotation> fixed = new ArrayList<>(out.size());
        for (AttributedQuotation q : out) {
            Speaker s = q.speaker();
            if (s != null && s.type() == SpeakerType.OTHER && s.name() != null && persons.contains(s.name())) {
                q = new AttributedQuotation(q.text(), q.span(), q.paragraph(),
                        new Speaker(s.name(), s.role(), SpeakerType.PERSON, s.mention()), q.cue(), q.rule(), q.confidence());
            }
            fixed.add(q);
        }
        return List.copyOf(fixed);
    }

    private static SpeakerType speakerType(NameResolver.Resolved r) {
        return switch (r.type()) {
            case PERSON -> SpeakerType.PERSON;
            case ORGANIZATION -> SpeakerType.ORGANIZATION;
            default -> SpeakerType.OTHER;
        };
    }

    private static boolean isPronounMention(Doc doc, TokenRange m) {
        return m.to() - m.from() == 1 && (WordShapes.isPronoun(doc.tok(m.from())) || doc.tok(m.from()).is("his")
                || doc.tok(m.from()).is("her"));
    }
}
