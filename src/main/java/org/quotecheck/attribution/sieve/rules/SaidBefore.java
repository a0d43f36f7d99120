package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;
import static org.quotecheck.attribution.phrase.Subjects.subjectOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** X said (that) “…”, X told reporters “…”, X said in a statement: “…”. */
public final class SaidBefore extends Rule {

    public static final String ID = "said-before";

    public static final Confidence COLON = new Confidence("a colon introduces the quotation", 0.9);
    public static final Confidence INVERTED = new Confidence("an inverted frame opens the sentence: Said X, …", 0.9);
    public static final Confidence ASKED_BY = new Confidence("the asker of 'was asked by X'", 0.9);
    public static final Confidence SET_OFF_REPORT = new Confidence("a report set off by commas: …, says X, …", 0.9);
    public static final Confidence OPENING_SOURCE = new Confidence("an opening 'according to X' vouches for the report", 0.9);

    /** How far before the quotation its speech verb may stand, in tokens. */
    private static final int FRAME_WINDOW = 25;

    /** Beyond this many tokens before the quotation a naming verb ("called it") no longer frames it. */
    private static final int NAMING_REACH = 6;

    /** How far after a comma a parenthetical report ("CNN, Cruz said, …") may end, in tokens. */
    private static final int PARENTHETICAL_WINDOW = 8;

    /** How far before the inner subject an outer report's verb may stand, in tokens. */
    private static final int OUTER_REPORT_WINDOW = 8;

    /** Words that open a relative, adverbial or coordinated clause: a report before them is not an outer one. */
    private static final Set<String> CLAUSE_LINKS = WordLists.load("clause-links");

    public SaidBefore() {
        super(ID, 0.92, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads a speech verb before the quotation in its sentence: Ruiz said (that) “…”, Ruiz told reporters "
                + "“…”, Ruiz said in a statement: “…”, Said Ruiz, “…”. A report nested in another goes to the outer "
                + "reporter, who vouches for the wording (Ortiz said Ruiz called the plan “…” is Ortiz's), and so do an "
                + "opening “According to X,” and a report set off by commas (The problem, says Ana Ruiz, a planner, is "
                + "that “…”); in “was asked by X” it is the asker. A he or she opening a later clause with its own verb "
                + "takes the quotation (Ruiz praised the plan, but she warned that “…”). It holds back when a quotation "
                + "with its own frame stands between the verb and this one, and passes over a verb inside a relative "
                + "clause that closes before the quotation. A colon or one of the shapes above gives a named confidence.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz said the bridge would reopen “by the end of June.”";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(COLON, INVERTED, ASKED_BY, SET_OFF_REPORT, OPENING_SOURCE);
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        if (t == 0) {
            return null;
        }
        int ss = d.sentenceStart(t);
        boolean colon = d.tok(t - 1).is(":");
        for (int k = t - 1; k >= Math.max(ss, t - FRAME_WINDOW); k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                if (d.endsSentence(tk.quote()) || d.tok(k + 1).is(",")) {
                    return null; // a quotation with its own frame stands between
                }
                continue; // “several ways” of reaching … “unbound”: one frame governs both
            }
            if (SpeechFrames.openingInverted(d, k, ss)) {
                // "Said Ana Ruiz, who grew up nearby, “…”": the inverted frame opens the sentence
                TokenRange inv = npAfter(d, k + 1, tk.para());
                if (inv != null && inv.to() <= t) {
                    return Evidence.of(inv, new TokenRange(k, k + 1)).with(INVERTED);
                }
                return null;
            }
            if (!Lexicon.isSpeechAt(d, k)) {
                continue;
            }
            if (Lexicon.NAMING.contains(tk.lower()) && t - k > NAMING_REACH
                    && !(tk.lower().endsWith("ing") && k > ss && d.tok(k - 1).is(","))) {
                continue; // "…, calling the plan a “…”": a participle after a comma still frames what it names
            }
            if (tk.is("asked") && d.tok(k + 1).is("by")) {
                TokenRange asker = npAfter(d, k + 2, tk.para()); // "Rubio was asked by moderator Gerard Baker whether “…”"
                if (asker != null && asker.to() <= t) {
                    return Evidence.of(asker, new TokenRange(k, k + 2)).with(ASKED_BY);
                }
            }
            if (d.tok(k - 1).is(",") && (tk.is("says") || tk.is("said"))) {
                TokenRange who = npAfter(d, k + 1, tk.para()); // "The paradox, says Carl Anthony, a historian, is that “…”"
                if (who != null && who.to() < t && d.tok(who.to()).is(",") && d.tok(who.from()).capitalized()) {
                    return Evidence.of(who, new TokenRange(k, k + 1)).with(SET_OFF_REPORT);
                }
            }
            TokenRange subj = subjectOf(d, k, ss);
            Optional<Confidence> conf = colon ? Optional.of(COLON) : Optional.empty();
            if (subj == null && k + 1 < t) {
                TokenRange inv = npAfter(d, k + 1, tk.para());
                if (inv != null && inv.to() <= t && tk.capitalized()) {
                    subj = inv; // "Said Smith: “…”"
                }
            }
            if (subj != null && insideClosedRelative(d, subj, k, t)) {
                continue; // "the plan, which some have argued was a ploy, was an “insult”": the frame is further back
            }
            if (subj != null) {
                Evidence outer = outerReport(d, ss, subj.from(), conf);
                if (outer == null) {
                    outer = openingAccordingTo(d, ss, subj.from());
                }
                if (outer == null) {
                    outer = parentheticalReport(d, subj.to(), k, conf);
                }
                TokenRange nearer = outer == null ? SubjectPhrases.nearerClauseSubject(d, k, t) : null;
                if (nearer != null && !reportsBetween(d, nearer.to(), t) && !d.tok(t - 1).is(":")) {
                    nearer = null; // "says there is a long road, but he feels that Cruz will “…”": still the report
                }
                if (nearer != null) {
                    // "Reid said both are “…,” but he gave the Texan a compliment: “…”": the nearer clause frames it
                    return Evidence.of(nearer, new TokenRange(k, k + 1)).withVariant(conf);
                }
                return outer != null ? outer : Evidence.of(subj, new TokenRange(k, k + 1)).withVariant(conf);
            }
            return null;
        }
        return null;
    }

    private static boolean reportsBetween(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.isSpeechAt(d, k)) {
                return true;
            }
        }
        return false;
    }

    /** "CNN, Cruz said, called the announcement “…”": a report set off by commas vouches for the clause. */
    private static Evidence parentheticalReport(Doc d, int from, int k, Optional<Confidence> conf) {
        if (!d.tok(from).is(",")) {
            return null;
        }
        if ((d.tok(from + 1).is("says") || d.tok(from + 1).is("said")) && from + 2 < k) {
            TokenRange who = npAfter(d, from + 2, d.tok(from).para()); // "The paradox, says Carl Anthony, historian at …, is"
            if (who != null && d.tok(who.to()).is(",") && d.tok(who.from()).capitalized()) {
                return Evidence.of(who, new TokenRange(from + 1, from + 2)).withVariant(conf);
            }
        }
        for (int c = from + 2; c < k && c < from + PARENTHETICAL_WINDOW; c++) {
            if (Lexicon.isSpeechAt(d, c) && !Lexicon.NAMING.contains(d.tok(c).lower()) && d.tok(c + 1).is(",")) {
                TokenRange who = npEndingAt(d, c - 1, from + 1);
                return who != null && who.from() == from + 1 ? Evidence.of(who, new TokenRange(c, c + 1)).withVariant(conf) : null;
            }
            if (!d.tok(c).isWord()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the speech verb at {@code k} with subject {@code subj} sits in a relative clause ("which some
     * have argued …") that a comma closes before the quotation at {@code t}.
     */
    private static boolean insideClosedRelative(Doc d, TokenRange subj, int k, int t) {
        int rel = subj.from() - 1;
        if (rel < 1 || !(d.tok(rel).is("which") || d.tok(rel).is("whom"))
                || Lexicon.PREPOSITIONS.contains(d.tok(rel - 1).lower())) {
            return false; // "in which he pledged that …": the quotation is inside that clause
        }
        for (int c = k + 1; c < t; c++) {
            if (d.tok(c).is(",") && c + 1 < t && Lexicon.AUX.contains(d.tok(c + 1).lower())) {
                return true; // ", was an “insult”": the main clause resumes
            }
        }
        return false;
    }

    /**
     * "Israel said Clinton called on members to be “…”": a report nested in another report is
     * credited to the outer reporter, who vouches for the wording. The outer frame must open the
     * sentence's reporting chain: a speech verb before the inner subject with no quotation between.
     */
    private static Evidence outerReport(Doc d, int ss, int innerFrom, Optional<Confidence> conf) {
        for (int k = innerFrom - 1; k >= ss; k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote() && !d.endsSentence(tk.quote()) && d.lastChar(tk.quote()) != ',' && k + 1 < innerFrom
                    && d.tok(k + 1).isWord()) {
                continue; // "told ABC’s “Good Morning America” that he …": a title inside the outer frame
            }
            if (tk.isQuote() || tk.is(";") || tk.is(":")) {
                return null;
            }
            if (tk.is(",") || CLAUSE_LINKS.contains(tk.lower()) || innerFrom - k > OUTER_REPORT_WINDOW) {
                return null; // a relative or adverbial clause, a coordinated report: the inner frame is its own
            }
            if (!Lexicon.isSpeechAt(d, k) || Lexicon.NAMING.contains(tk.lower()) || tk.lower().endsWith("ing")) {
                continue;
            }
            TokenRange subj = subjectOf(d, k, ss);
            if (subj == null || subj.to() > k) {
                return null;
            }
            Evidence further = outerReport(d, ss, subj.from(), conf);
            return further != null ? further : Evidence.of(subj, new TokenRange(k, k + 1)).withVariant(conf);
        }
        return null;
    }

    /**
     * "According to pool reports, Obama said “…”": a source that opens the sentence vouches for the
     * report it introduces, as with an outer reporting verb.
     */
    private static Evidence openingAccordingTo(Doc d, int ss, int innerFrom) {
        int k = ss;
        if (d.tok(k).is("but") || d.tok(k).is("and") || d.tok(k).is("yet")) {
            k++;
        }
        if (!d.tok(k).is("according") || !d.tok(k + 1).is("to")) {
            return null;
        }
        TokenRange np = npAfter(d, k + 2, d.tok(k).para());
        if (np == null || np.to() > innerFrom) {
            return null;
        }
        for (int c = np.to(); c < innerFrom; c++) {
            if (d.tok(c).is(",")) {
                // "According to pool reports," : a noun that doubles as a verb still belongs to the source
                TokenRange source = c - np.to() <= 2 ? new TokenRange(np.from(), c) : np;
                return Evidence.of(source, new TokenRange(k, k + 2)).with(OPENING_SOURCE);
            }
            if (!d.tok(c).isWord()) {
                break;
            }
        }
        return null;
    }
}
