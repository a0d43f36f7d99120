package org.quotecheck.attribution.sieve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.attribution.sieve.rules.AccordingTo;
import org.quotecheck.attribution.sieve.rules.AfterReportingSentence;
import org.quotecheck.attribution.sieve.rules.AsPutIt;
import org.quotecheck.attribution.sieve.rules.ChantObject;
import org.quotecheck.attribution.sieve.rules.ClauseSubject;
import org.quotecheck.attribution.sieve.rules.ColonParagraph;
import org.quotecheck.attribution.sieve.rules.ContinuedQuote;
import org.quotecheck.attribution.sieve.rules.Coordinated;
import org.quotecheck.attribution.sieve.rules.Dash;
import org.quotecheck.attribution.sieve.rules.DocumentBefore;
import org.quotecheck.attribution.sieve.rules.DocumentIssued;
import org.quotecheck.attribution.sieve.rules.HerePresents;
import org.quotecheck.attribution.sieve.rules.Interrupted;
import org.quotecheck.attribution.sieve.rules.InvertedBefore;
import org.quotecheck.attribution.sieve.rules.NameColon;
import org.quotecheck.attribution.sieve.rules.OpeningParticiple;
import org.quotecheck.attribution.sieve.rules.PassiveAgent;
import org.quotecheck.attribution.sieve.rules.PossessiveStatement;
import org.quotecheck.attribution.sieve.rules.PreviousParagraph;
import org.quotecheck.attribution.sieve.rules.RelativeThat;
import org.quotecheck.attribution.sieve.rules.SaidAfter;
import org.quotecheck.attribution.sieve.rules.SaidBefore;
import org.quotecheck.attribution.sieve.rules.SameParagraph;
import org.quotecheck.attribution.sieve.rules.SentenceFrame;
import org.quotecheck.attribution.sieve.rules.SourceAfter;
import org.quotecheck.attribution.sieve.rules.TextSubject;
import org.quotecheck.attribution.sieve.rules.VerbAfter;

/**
 * The one place that says what the sieve does and in which order: guards (asked before each rule
 * and after each match), rules from the most to the least precise, refinements of a match,
 * post-passes over all decisions, and the transcript labels that come last. {@code SieveOrderTest}
 * pins this order.
 */
public record SieveOrder(List<Guard> guards, List<Rule> rules, List<Refinement> refinements, List<PostPass> postPasses,
        TranscriptLabels transcriptLabels) {

    /** The standard order. Immutable and shared: rules keep no state of their own. */
    public static final SieveOrder STANDARD = standard();

    public SieveOrder {
        guards = List.copyOf(guards);
        rules = List.copyOf(rules);
        refinements = List.copyOf(refinements);
        postPasses = List.copyOf(postPasses);
    }

    private static SieveOrder standard() {
        Rule continuedQuote = new ContinuedQuote();
        List<Rule> rules = List.of(
                new SourceAfter(),
                new SaidAfter(),
                new Interrupted(),
                new Coordinated(),
                new PassiveAgent(),
                new DocumentIssued(),
                new PossessiveStatement(),
                new SaidBefore(),
                new SentenceFrame(),
                new NameColon(),
                new AccordingTo(),
                new AsPutIt(),
                new Dash(),
                continuedQuote,
                new ColonParagraph(),
                new OpeningParticiple(),
                new TextSubject(),
                new ChantObject(),
                new HerePresents(),
                new VerbAfter(),
                new RelativeThat(),
                new InvertedBefore(),
                new ClauseSubject(),
                new SameParagraph(),
                new AfterReportingSentence(),
                new DocumentBefore(),
                new PreviousParagraph());
        return new SieveOrder(
                // well-formed-mention is asked after a match before scare-quote: a malformed mention tries the next rule
                List.of(new TitlesAndHeadlines(), new TermAfterDeterminer(), new WellFormedMention(), new ScareQuote()),
                rules,
                List.of(new RelativeMention()),
                List.of(new PollRespondents(), new Reanchoring(), new ContinuedBackwards(continuedQuote)),
                new TranscriptLabels());
    }

    /** The rule with this id; an unknown id is a programming error. */
    public Rule rule(String id) {
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule " + id);
    }

    /** Every rule by id, in order. */
    public Map<String, Rule> rulesById() {
        Map<String, Rule> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }
}
