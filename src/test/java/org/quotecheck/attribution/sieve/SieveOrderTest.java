package org.quotecheck.attribution.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;
import org.quotecheck.extraction.QuotationFinder;

/**
 * The declared order of the sieve, pinned by ids, and what each trait and step kind makes the
 * driver do, shown on small hand-built orders whose rules are stubs.
 */
class SieveOrderTest {

    // ---- the declared order --------------------------------------------------------------

    @Test
    void theStandardOrderIsPinned() {
        SieveOrder o = SieveOrder.STANDARD;
        assertEquals(List.of("title-or-headline", "term-after-determiner", "well-formed-mention", "scare-quote"),
                o.guards().stream().map(Guard::id).toList());
        assertEquals(List.of("source-after", "said-after", "interrupted", "coordinated", "passive-agent",
                "document-issued", "possessive-statement", "said-before", "sentence-frame", "name-colon",
                "according-to", "as-put-it", "dash", "continued-quote", "colon-paragraph", "opening-participle",
                "text-subject", "chant-object", "here-presents", "verb-after", "relative-that", "inverted-before",
                "clause-subject", "same-paragraph", "after-reporting-sentence", "document-before",
                "previous-paragraph"), o.rules().stream().map(Rule::id).toList());
        assertEquals(List.of("relative-mention"), o.refinements().stream().map(Refinement::id).toList());
        assertEquals(List.of("poll-respondents", "reanchoring", "continued-backwards"),
                o.postPasses().stream().map(PostPass::id).toList());
        assertEquals("transcript-label", o.transcriptLabels().id());
    }

    @Test
    void thePublicRuleListFollowsTheDeclaredOrderStepByStep() {
        List<RuleInfo> infos = QuoteExtractor.standard().rules();
        assertEquals(4 + 27 + 1 + 3 + 1, infos.size());
        for (int i = 0; i < infos.size(); i++) {
            assertEquals(i + 1, infos.get(i).position());
        }
        assertEquals(RuleInfo.Kind.GUARD, infos.get(3).kind());
        assertEquals(RuleInfo.Kind.RULE, infos.get(4).kind());
        assertEquals("source-after", infos.get(4).id());
        assertEquals("previous-paragraph", infos.get(30).id());
        assertEquals(RuleInfo.Kind.REFINEMENT, infos.get(31).kind());
        assertEquals(RuleInfo.Kind.POST_PASS, infos.get(32).kind());
        assertEquals(RuleInfo.Kind.TRANSCRIPT_LABEL, infos.get(35).kind());
    }

    @Test
    void theDeclaredTraitsAndDeferencesArePinned() {
        SieveOrder o = SieveOrder.STANDARD;
        for (String id : List.of("said-after", "interrupted", "said-before", "sentence-frame", "according-to", "dash")) {
            assertTrue(o.rule(id).has(Trait.STRONG), id);
        }
        for (String id : List.of("same-paragraph", "previous-paragraph")) {
            assertTrue(o.rule(id).has(Trait.WEAK) && o.rule(id).has(Trait.REANCHORED), id);
        }
        assertTrue(o.rule("clause-subject").has(Trait.SUBJECT_ONLY));
        assertEquals(Optional.of("said-before"), o.rule("possessive-statement").yieldsTo());
        assertEquals(Optional.of("said-before"), o.rule("document-issued").yieldsTo());
        for (Rule r : o.rules()) {
            r.yieldsTo().ifPresent(y -> assertTrue(o.rules().indexOf(o.rule(y)) > o.rules().indexOf(r),
                    r.id() + " yields to a rule that runs later"));
        }
    }

    // ---- traits and steps on hand-built orders ----------------------------------------------

    /** A rule that names the words at [from, to) as the speaker of every quotation, counting its calls. */
    private static final class Stub extends Rule {
        private final int from;
        private final int to;
        private final String yieldsTo;
        private final boolean defers;
        int calls;

        Stub(String id, int from, int to, Trait... traits) {
            this(id, from, to, null, false, traits);
        }

        Stub(String id, int from, int to, String yieldsTo, boolean defers, Trait... traits) {
            super(id, 0.5, traits);
            this.from = from;
            this.to = to;
            this.yieldsTo = yieldsTo;
            this.defers = defers;
        }

        @Override
        public String description() {
            return "stub";
        }

        @Override
        public String example() {
            return "";
        }

        @Override
        public Evidence match(State state, int q) {
            calls++;
            return Evidence.of(new TokenRange(from, to), null);
        }

        @Override
        public Optional<String> yieldsTo() {
            return Optional.ofNullable(yieldsTo);
        }

        @Override
        public boolean defers(State state, Evidence own, Evidence other) {
            return defers;
        }
    }

    private static SieveOrder order(List<Guard> guards, Rule... rules) {
        return new SieveOrder(guards, List.of(rules), List.of(), List.of(), new TranscriptLabels());
    }

    private static Decision decide(SieveOrder order, String text) {
        Doc doc = new Doc(text, QuotationFinder.paragraphs(text), new QuotationFinder().find(text));
        State st = new Sieve(order).run(doc);
        assertEquals(1, st.quotations(), "one quotation in: " + text);
        return st.decision(0);
    }

    private static final String SCARE_QUOTE = "Ana Ruiz called the deal a “pre-agreement” at best.";

    /** The sieve leaves the quotation of {@code text} undecided without ever asking a rule with {@code trait}. */
    private static void assertNotRun(Guard guard, Trait trait, String text) {
        Stub rule = new Stub("stub", 0, 1, trait);
        assertNull(decide(order(List.of(guard), rule), text));
        assertEquals(0, rule.calls, trait + " rule asked");
    }

    @Test
    void aWeakRuleDoesNotRunForAScareQuote() {
        assertNotRun(new ScareQuote(), Trait.WEAK, SCARE_QUOTE);
    }

    @Test
    void aRuleWithoutTraitsStillRunsForAScareQuote() {
        Stub plain = new Stub("plain", 0, 2);
        assertEquals("plain", decide(order(List.of(new ScareQuote()), plain), SCARE_QUOTE).ruleId());
    }

    @Test
    void aWeakRuleDoesNotRunForATermAfterADeterminer() {
        String text = "Delegates discussed the “contested convention” scenario all week.";
        assertNotRun(new TermAfterDeterminer(), Trait.WEAK, text);
        assertNotNull(decide(order(List.of(new TermAfterDeterminer()), new Stub("plain", 0, 1)), text));
    }

    @Test
    void aSubjectOnlyRuleDoesNotRunForAScareQuoteInTheFirstParagraph() {
        assertNotRun(new ScareQuote(), Trait.SUBJECT_ONLY, SCARE_QUOTE);
    }

    @Test
    void laterASubjectOnlyRuleMayNameOnlyAPersonForAScareQuote() {
        String text = "The bridge opened in June.\n\nThe deal was a “pre-agreement” at best.";
        // tokens: The bridge opened in June . | The(6) deal(7) …
        Stub thing = new Stub("thing", 6, 8, Trait.SUBJECT_ONLY);
        Stub next = new Stub("next", 6, 8);
        assertNull(decide(order(List.of(new ScareQuote()), thing, next), text), "a thing as subject stops the sieve");
        assertEquals(0, next.calls);
        String person = "The bridge opened in June.\n\nAna Ruiz called it a “pre-agreement” at best.";
        assertEquals("person", decide(order(List.of(new ScareQuote()), new Stub("person", 6, 8, Trait.SUBJECT_ONLY)), person)
                .ruleId());
    }

    @Test
    void aStrongRulesDecisionIsNotOverriddenByATranscriptLabel() {
        TranscriptLabels labels = new TranscriptLabels();
        Evidence ev = Evidence.of(new TokenRange(0, 1), null);
        assertFalse(labels.overrides(new Decision(new Stub("strong", 0, 1, Trait.STRONG), ev, 0.5)));
        assertTrue(labels.overrides(new Decision(new Stub("weak", 0, 1, Trait.WEAK), ev, 0.5)));
        assertTrue(labels.overrides(null));
    }

    @Test
    void inTheStandardPipelineAFrameAtTheQuotationKeepsItsSpeakerOverALabel() {
        AttributedQuotation framed = only("“RUIZ: The bridge will reopen in June,” the mayor's spokesman said.");
        assertEquals("said-after", framed.rule());
        AttributedQuotation bare = only("The hearing went on for hours.\n\n“RUIZ: The bridge will reopen in June.”");
        assertEquals(TranscriptLabels.ID, bare.rule());
        assertEquals("RUIZ", bare.speaker().mention().text());
    }

    @Test
    void aRuleThatYieldsIsDroppedWhenTheOtherRulesEvidenceWins() {
        Stub owner = new Stub("owner", 0, 1, "report", true);
        Stub report = new Stub("report", 0, 2);
        assertEquals("report", decide(order(List.of(), owner, report), SCARE_QUOTE).ruleId());
    }

    @Test
    void aRuleThatYieldsKeepsItsDecisionWhenItsOwnEvidenceWins() {
        Stub owner = new Stub("owner", 0, 1, "report", false);
        Stub report = new Stub("report", 0, 2);
        Decision d = decide(order(List.of(), owner, report), SCARE_QUOTE);
        assertEquals("owner", d.ruleId());
        assertEquals(1, report.calls, "the rule yielded to is asked once, for the comparison");
    }

    @Test
    void aMalformedMentionMakesTheSieveTryTheNextRule() {
        String text = "Protesters were carrying signs that read “No more wars.”";
        Stub verbPhrase = new Stub("verb-phrase", 2, 4); // "carrying signs"
        Stub next = new Stub("next", 0, 1);
        assertEquals("next", decide(order(List.of(new WellFormedMention()), verbPhrase, next), text).ruleId());
    }

    @Test
    void aRefinementThatDropsTheEvidenceMakesTheSieveTryTheNextRule() {
        Refinement dropFirst = new Refinement() {
            @Override
            public String id() {
                return "drop-first";
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public String example() {
                return "";
            }

            @Override
            public Evidence refine(State state, int q, Evidence evidence) {
                return evidence.mention().from() == 0 ? null : evidence;
            }
        };
        SieveOrder o = new SieveOrder(List.of(), List.of(new Stub("first", 0, 1), new Stub("second", 1, 2)),
                List.of(dropFirst), List.of(), new TranscriptLabels());
        assertEquals("second", decide(o, SCARE_QUOTE).ruleId());
    }

    @Test
    void aReanchoredRulesMentionMovesToTheNearestAgreeingPronoun() {
        String text = "Ana Ruiz spoke first. She said the repairs were “late.”";
        SieveOrder reanchored = new SieveOrder(List.of(), List.of(new Stub("carried", 0, 2, Trait.REANCHORED)), List.of(),
                List.of(new Reanchoring()), new TranscriptLabels());
        Evidence ev = decide(reanchored, text).evidence();
        assertEquals(new TokenRange(5, 6), ev.mention());
        assertEquals(new TokenRange(0, 2), ev.naming(), "the earlier mention still names the speaker");
        SieveOrder plain = new SieveOrder(List.of(), List.of(new Stub("plain", 0, 2)), List.of(),
                List.of(new Reanchoring()), new TranscriptLabels());
        assertEquals(new TokenRange(0, 2), decide(plain, text).evidence().mention());
    }

    private static AttributedQuotation only(String text) {
        List<AttributedQuotation> qs = QuoteExtractor.standard().extract(text);
        assertEquals(1, qs.size(), text);
        return qs.get(0);
    }
}
