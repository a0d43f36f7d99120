package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.NounPhrases;
import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.phrase.Speakers;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;
import org.quotecheck.attribution.sieve.rules.ContinuedQuote;
import org.quotecheck.attribution.sieve.rules.PreviousParagraph;
import org.quotecheck.attribution.sieve.rules.SaidAfter;
import org.quotecheck.attribution.sieve.rules.SaidBefore;

import static org.quotecheck.attribution.phrase.Clauses.clauseSubject;
import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;
import static org.quotecheck.attribution.phrase.Subjects.subjectOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attribution sieve (after Muzny et al. 2017): the steps of a {@link SieveOrder} run over every
 * quotation, left to right, so that later rules can lean on earlier decisions. For each quotation
 * the guards that hold for it are asked before each rule; the first rule whose evidence passes the
 * guards and the refinements decides. The post-passes then revisit the decisions.
 */
public final class Sieve {

    private final SieveOrder order;

    public Sieve(SieveOrder order) {
        this.order = order;
    }

    public State run(Doc doc) {
        State st = new State(doc);
        List<Guard> holding = new ArrayList<>(order.guards().size());
        for (int q = 0; q < st.quotations(); q++) {
            holding.clear();
            for (Guard g : order.guards()) {
                if (g.holds(st, q)) {
                    holding.add(g);
                }
            }
            st.decide(q, decide(st, q, holding));
        }
        for (PostPass p : order.postPasses()) {
            p.apply(st);
        }
        return st;
    }

    private Decision decide(State st, int q, List<Guard> holding) {
        rules:
        for (Rule r : order.rules()) {
            for (Guard g : holding) {
                if (g.stopsBefore(r, st, q)) {
                    return null;
                }
            }
            Evidence ev = r.match(st, q);
            if (ev != null && r.yieldsTo().isPresent()) {
                Evidence other = order.rule(r.yieldsTo().get()).match(st, q);
                if (other != null && r.defers(st, ev, other)) {
                    ev = null;
                }
            }
            if (ev == null || ev.mention() == null) {
                continue;
            }
            for (Guard g : holding) {
                Guard.Verdict v = g.after(r, st, q, ev);
                if (v == Guard.Verdict.STOP) {
                    return null;
                }
                if (v == Guard.Verdict.SKIP_RULE) {
                    continue rules;
                }
            }
            for (Refinement f : order.refinements()) {
                ev = f.refine(st, q, ev);
                if (ev == null) {
                    continue rules;
                }
            }
            return new Decision(r, ev, r.confidenceOf(ev));
        }
        return null;
    }

    /** "25 percent of likely voters", "31% of Republicans", "Six in 10": a share of a poll's respondents. */
    public static boolean shareOfRespondents(Doc d, TokenRange m) {
        // "31% of Republicans and Republican-leaning voters said": the share opens the coordinated subject
        if (d.tok(m.from() - 1).is("and") || d.tok(m.from() - 1).is("or")) {
            for (int k = m.from() - 2; k >= Math.max(0, m.from() - 8); k--) {
                for (int j = Math.max(0, k - 3); d.tok(k).is("of") && j < k; j++) {
                    if (shareOfRespondents(d, new TokenRange(j, k))) {
                        return true;
                    }
                }
                if (!d.tok(k).isWord()) {
                    break;
                }
            }
        }
        Tok f = d.tok(m.from());
        if (!(Character.isDigit(f.text().charAt(0)) || NUMBER_WORDS.contains(f.lower()))) {
            return false;
        }
        for (int k = m.from(); k < Math.min(m.to() + 1, m.from() + 3) && k < d.size(); k++) {
            String l = d.tok(k).lower();
            if (l.equals("percent") || l.endsWith("%") || l.equals("in") || l.equals("%")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NUMBER_WORDS = WordLists.load("number-words");

    /**
     * The poll or survey a share of respondents answered: the nearest "… poll"/"… survey" phrase in the
     * quotation's sentence or earlier in its paragraph; null when none is named there.
     */
    public static TokenRange pollNear(Doc d, int t) {
        int para = d.tok(t).para();
        int se = d.sentenceEnd(t);
        for (int k = Math.min(se, d.size()) - 1; k >= 0 && d.tok(k).para() == para && t - k < 80; k--) {
            String l = d.tok(k).lower();
            if (l.equals("poll") || l.equals("survey") || l.equals("polls") || l.equals("surveys")) {
                TokenRange np = npEndingAt(d, k, d.sentenceStart(k));
                return np != null ? np : new TokenRange(k, k + 1);
            }
        }
        return null;
    }

    /**
     * Whether a mention can name someone: it opens with a name, a pronoun, a determiner or a noun;
     * not with a lower-case verb form ("placed ads", "carrying signs", "spoke anonymously") or a
     * possessive/object pronoun followed by a preposition ("her of making …").
     */
    public static boolean wellFormed(Doc d, TokenRange m) {
        Tok f = d.tok(m.from());
        String l = f.lower();
        if (!f.isWord() || f.capitalized() || WordShapes.isPronoun(f) || WordShapes.isRelative(f)) {
            return true;
        }
        if (POSSESSIVES.contains(l)) {
            return !(m.to() - m.from() > 1 && Lexicon.PREPOSITIONS.contains(d.tok(m.from() + 1).lower()));
        }
        if (Lexicon.DETERMINERS.contains(l)) {
            return true;
        }
        // "retired Army Gen. Ann Roe", "undecided voter Ann Roe": a modifier before a name is fine
        for (int k = m.from() + 1; k < m.to(); k++) {
            Tok t = d.tok(k);
            if (Lexicon.PREPOSITIONS.contains(t.lower()) || !t.isWord()) {
                break;
            }
            if (t.capitalized()) {
                return true;
            }
        }
        return !(l.endsWith("ing") || l.endsWith("ed") || Lexicon.SPEECH.contains(l) || Lexicon.AUX.contains(l)
                || IRREGULAR_PAST.contains(l));
    }

    private static final java.util.Set<String> POSSESSIVES = WordLists.load("possessives");

    /** Common irregular past tenses that open a verb phrase, never a noun phrase. */
    private static final java.util.Set<String> IRREGULAR_PAST = WordLists.load("irregular-past-in-sieve");

    /** "Smith, who called it “…”": the mention is the relative pronoun, the name is its antecedent. */
    public static Evidence withReferent(Doc d, Evidence ev) {
        TokenRange m = ev.mention();
        if (ev.referent() != null || m.to() - m.from() != 1 || !WordShapes.isRelative(d.tok(m.from()))) {
            return ev;
        }
        int k = m.from() - 1;
        int lb = d.sentenceStart(m.from());
        if (k >= lb && d.tok(k).is(",")) {
            k--;
        }
        TokenRange np = k >= lb ? npEndingAt(d, k, lb) : null;
        np = np == null ? null : pastAppositive(d, np, lb);
        return np == null ? null : ev.namedBy(np);
    }

    /**
     * "Marc Ode, the chief executive of the Urban League, who …": the relative clause hangs on the
     * name before the appositive, not on the organisation that ends it.
     */
    private static TokenRange pastAppositive(Doc d, TokenRange np, int lb) {
        int from = np.from();
        int k = from;
        // the appositive may be longer than the noun phrase found: walk back to its comma
        while (k > lb && k > from - 12 && !d.tok(k - 1).is(",") && !d.tok(k - 1).isQuote()) {
            k--;
        }
        if (k <= lb + 1 || !d.tok(k - 1).is(",") || !Lexicon.DETERMINERS.contains(d.tok(k).lower())) {
            return np;
        }
        TokenRange name = npEndingAt(d, k - 2, lb);
        return name != null && d.tok(name.from()).capitalized() && !Lexicon.DETERMINERS.contains(d.tok(name.from()).lower())
                ? name : np;
    }

    /**
     * A speaker carried over from an earlier mention is referred to again by the "he" or "she" of
     * the quotation's own sentence (“He went on to call it “…”"): that nearest pronoun is the
     * mention, the earlier one still names the speaker. The pronoun must agree in gender.
     */
    public static Evidence nearestMention(Doc d, int q, Evidence ev) {
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int se = d.sentenceEnd(t);
        int found = -1;
        // back to the carried mention: "… says Ann Roe. She says people … “…”" names her again as "she"
        for (int k = t - 1; k >= ss; k--) {
            if (d.tok(k).is("he") || d.tok(k).is("she")) {
                found = k;
                break;
            }
        }
        int m = ev.mention().to();
        int mp = d.tok(ev.mention().from()).para();
        int qp = d.tok(t).para();
        boolean opensParagraph = t == 0 || d.tok(t - 1).para() != qp;
        // a quotation opening its paragraph continues the one before: "… he said. He then turned to them. ¶ “…”"
        if (found < 0 && m <= t && (mp == qp || mp == qp - 1 && opensParagraph)) {
            for (int k = t - 1; k >= m && !d.tok(k).isQuote(); k--) {
                if ((d.tok(k).is("he") || d.tok(k).is("she")) && opensSentence(d, k) && d.sentenceStart(k) >= m) {
                    found = k; // the sentence before the quotation is about the speaker again
                    break;
                }
            }
        }
        for (int k = t + 1; found < 0 && k < se; k++) {
            if (d.tok(k).isQuote()) {
                break;
            }
            if ((d.tok(k).is("he") || d.tok(k).is("she")) && reportingVerb(d.tok(k + 1))) {
                found = k;
            }
        }
        if (found < 0 || ev.mention().from() >= ss) {
            return ev;
        }
        char g = d.tok(found).is("he") ? 'm' : 'f';
        char speaker = genderOf(d, ev.naming());
        if (speaker != 0 && speaker != g) {
            return ev;
        }
        return ev.mentionedAt(new TokenRange(found, found + 1)).namedBy(ev.naming());
    }

    /** Words before a sentence's subject that leave it the subject: "And then he promised …". */
    private static final java.util.Set<String> SENTENCE_LINKS = WordLists.load("sentence-links");

    /** Whether token {@code k} opens its sentence, after linking words at most. */
    private static boolean opensSentence(Doc d, int k) {
        int ss = d.sentenceStart(k);
        for (int i = ss; i < k; i++) {
            if (!SENTENCE_LINKS.contains(d.tok(i).lower())) {
                return false;
            }
        }
        return k - ss <= 3;
    }

    private static final java.util.Set<String> MODALS = WordLists.load("modals");

    /** A he/she after the quotation names its speaker only as the subject of a reporting verb ("…,” he points out). */
    private static boolean reportingVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Lexicon.AUX.contains(l) && !MODALS.contains(l)
                && !Lexicon.CLAUSE.contains(l) && !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.DETERMINERS.contains(l);
    }

    /** 'm', 'f' or 0 (unknown) for a mention: a pronoun, an honorific or a known first name. */
    private static char genderOf(Doc d, TokenRange m) {
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = d.tok(k);
            if (t.is("he") || t.is("him") || t.is("his")) {
                return 'm';
            }
            if (t.is("she") || t.is("her")) {
                return 'f';
            }
            char h = Lexicon.honorificGender(t.lower());
            if (h != 0) {
                return h;
            }
            if (t.capitalized()) {
                char f = Lexicon.firstNameGender(t.text());
                if (f != 0) {
                    return f;
                }
            }
        }
        return 0;
    }

    /**
     * A quotation in the article's headline: a first paragraph of one short sentence with more text
     * after it. Headlines condense quotations (and often alter them); the body repeats them with their
     * frame, so the headline's copy is left to the reviewer unattributed.
     */
    public static boolean inHeadline(Doc d, int q) {
        int t = d.quoteTok(q);
        if (d.tok(t).para() != 0 || d.tok(d.size() - 1).para() == 0) {
            return false;
        }
        int words = 0;
        int sentences = 0;
        for (int k = 0; k < d.size() && d.tok(k).para() == 0; k++) {
            Tok tk = d.tok(k);
            if (tk.isWord()) {
                words++;
            } else if (tk.isQuote()) {
                words += d.wordCount(tk.quote());
            }
            if (k == d.sentenceStart(k)) {
                sentences++;
            }
        }
        return sentences <= 1 && words <= 30;
    }

    /** Determiners before a short quoted term that the writer's own sentence uses. */
    static final java.util.Set<String> TERM_MARKERS = WordLists.load("term-markers");

    private static final java.util.Set<String> SMALL_WORDS = WordLists.load("small-words");

    private static final java.util.Set<String> TITLE_PREPOSITIONS = WordLists.load("title-prepositions");

    /** Title Case without a closing full stop ("Crooked America: How to Win"), or a web address. */
    public static boolean titleLike(Doc d, int q) {
        org.quotecheck.extraction.Span c = d.quotes().get(q).content();
        String s = c.of(d.text());
        if ((s.contains("http") || s.contains("www.") || s.contains(".com")) && d.wordCount(q) <= 4) {
            return true; // a web address, not a sentence that mentions one
        }
        int t = d.quoteTok(q);
        if (namedThing(d, t) || namedWork(d, q, s)) {
            return true;
        }
        // a show or paper named after a preposition keeps its final stop: on “Meet the Voters.”
        boolean named = t > 0 && TITLE_PREPOSITIONS.contains(d.tok(t - 1).lower()) && d.lastChar(q) != '?';
        if ((d.endsSentence(q) && !named) || d.lastChar(q) == ',' && !named || d.wordCount(q) > 8) {
            return false;
        }
        int caps = titleCaseWords(s);
        // one capitalised word inside a sentence ('the “Gang” of', 'called him “Tig”') is a name or a label
        boolean inside = ",.?!;:—–-".indexOf(d.lastChar(q)) < 0;
        return caps >= 2 || caps == 1 && inside;
    }

    /** The capitalised words of a Title Case text ("Crooked America: How to Win" has 4), or 0 when it is not one. */
    private static int titleCaseWords(String s) {
        int caps = 0;
        for (String w : s.split("[\\s\u00a0]+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
            } else if (!SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return 0;
            }
        }
        return caps;
    }

    /** Nouns for works and programmes whose name follows them: 'the reality show “Cake Boss.”'. */
    private static final java.util.Set<String> WORKS = WordLists.load("works");

    /** A Title Case quotation right after a noun for a work ("the podcast “So, That Happened.”"). */
    public static boolean namedWork(Doc d, int q, String s) {
        int k = d.quoteTok(q) - 1;
        if (k >= 0 && d.tok(k).is(",")) {
            k--;
        }
        if (k < 0 || !WORKS.contains(d.tok(k).lower()) || d.tok(k).capitalized() || d.wordCount(q) > 10) {
            return false;
        }
        return titleCaseWords(s) >= 1;
    }

    private static final java.util.Set<String> NAMING_USE = WordLists.load("naming-use");

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = WordLists.load("possessive-determiners");

    /**
     * "a play called “…”", "a group known as “…”", "an ad titled “…”": the quotation names the thing
     * a common noun phrase before it stands for; nobody says it.
     */
    public static boolean namedThing(Doc d, int t) {
        int k = t - 1;
        if (k >= 0 && (d.tok(k).is("a") || d.tok(k).is("an") || d.tok(k).is("the"))) {
            k--;
        }
        if (k >= 1 && d.tok(k).is("as") && d.tok(k - 1).is("known")) {
            k--;
        }
        if (k < 1 || !NAMING_USE.contains(d.tok(k).lower()) || d.tok(k).is("known") && !d.tok(k + 1).is("as")) {
            return false;
        }
        int n = k - 1;
        if (d.tok(n).is(",")) {
            n--;
        }
        if (n < 0) {
            return false;
        }
        Tok noun = d.tok(n);
        if (!noun.isWord() || noun.capitalized() || WordShapes.isPronoun(noun) || Lexicon.AUX.contains(noun.lower())
                || noun.lower().endsWith("ly") || Lexicon.SPEECH.contains(noun.lower())) {
            return false;
        }
        for (int b = n - 1; b >= Math.max(0, n - 3); b--) {
            if (POSSESSIVE_DETERMINERS.contains(d.tok(b).lower())) {
                return true;
            }
            if (!d.tok(b).isWord()) {
                return false;
            }
        }
        return false;
    }

    // ---- rules -------------------------------------------------------------------------------

    /** "Said Lind, …", "Continued Lind:": a capitalised speech verb opening a sentence, a name after it. */
    private static boolean openingInverted(Doc d, int k, int ss) {
        if (k != ss || k + 1 >= d.size()) {
            return false;
        }
        Tok tk = d.tok(k);
        Tok next = d.tok(k + 1);
        String l = tk.lower();
        // "Asked about it, Lind …", "Told of the plan, …": participles that open a phrase, not a frame
        return tk.isWord() && tk.capitalized() && Lexicon.SPEECH.contains(l) && (l.endsWith("ed") || l.equals("said")
                || l.equals("says") || l.equals("wrote")) && !INVERSION_BLOCKERS.contains(l)
                && next.isWord() && next.capitalized() && !Lexicon.NOT_NAMES.contains(next.lower());
    }

    private static final java.util.Set<String> INVERSION_BLOCKERS = WordLists.load("inversion-blockers");

    /** “…,” X said / “…,” said X / “…,” X, a long appositive, said. */
    public static Evidence saidAfter(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        int j = t + 1;
        if (j < d.size() && d.tok(j).is(",")) {
            j++;
        }
        if (j >= d.size() || d.tok(j).para() != para) {
            return null;
        }
        Optional<Confidence> conf = afterConfidence(d, q);
        // after a full stop the next words are a frame only when they end there: “….” Smith said.
        boolean fullStop = d.lastChar(q) == '.' || d.tok(t + 1).is(".");
        // "Trump claimed that “…,” one of the prosecutors said the cases differ": the frame before governs
        boolean framedBefore = speechFrameBefore(d, t);
        Tok first = d.tok(j);
        if (first.isWord() && !first.capitalized() && first.lower().endsWith("ing") && Lexicon.isSpeech(first)) {
            return null; // “…,” adding that …/telling reporters …: the participle continues the frame before the quote
        }
        if (Lexicon.isSpeech(first) && !Lexicon.NAMING.contains(first.lower())) {
            TokenRange np = npAfter(d, j + 1, para);
            if (np != null && (!fullStop || endsHere(d, np.to(), para))) {
                return withVariant(Evidence.of(np, new TokenRange(j, j + 1)).endingFrameAt(np.to()), conf);
            }
            return null;
        }
        if (fullStop && first.is(".")) {
            return null;
        }
        if (!NounPhrases.startsNp(first) || first.is("that") && !fullStop) {
            return null; // “…” that Smith can win, said Jones: "that" opens a clause, not a subject
        }
        boolean closed = j > t + 1 || ",.?!—–-".indexOf(d.lastChar(q)) >= 0;
        if (!closed && first.isWord() && !first.capitalized() && !WordShapes.isPronoun(first)
                && !Lexicon.DETERMINERS.contains(first.lower())) {
            return null; // 'the “poison pill” measures added by …': the quote modifies the noun after it
        }
        for (int k = j + 1; k < Math.min(d.size(), j + 40); k++) {
            Tok tk = d.tok(k);
            if (tk.para() != para || tk.isQuote() || tk.is(".") || tk.is(";") || tk.is("?") || tk.is("!")) {
                return null;
            }
            if (tk.is("(")) {
                int close = WordShapes.closingParen(d, k);
                if (close > 0) {
                    k = close; // a party label "(D-Ohio)" between the name and the verb
                    continue;
                }
            }
            if (Lexicon.isSpeechAt(d, k) && !Lexicon.NAMING.contains(tk.lower())) {
                TokenRange subj = subjectOf(d, k, j);
                if ((subj == null || subj.from() != j) && !fullStop && first.capitalized()
                        && !Lexicon.DETERMINERS.contains(first.lower()) && !d.tok(k - 1).is(",")) {
                    // "“…,” Nate Silver, the guru who founded the site tweeted": an appositive left unclosed
                    TokenRange name = npAfter(d, j, para);
                    subj = name != null && d.tok(name.to()).is(",") && k - name.to() <= 15 ? name : subj;
                }
                if (subj != null && subj.from() == j && ((!fullStop && (!framedBefore || d.tok(k + 1).is(",")))
                        || endsHere(d, k + 1, para))) {
                    return withVariant(Evidence.of(subj, new TokenRange(k, k + 1)).endingFrameAt(k + 1), conf);
                }
                return null;
            }
        }
        return null;
    }

    /** Whether the sentence (or paragraph) ends at token {@code k}, allowing a short adjunct. */
    /** A speech verb shortly before the quotation in its sentence, with no other quotation between. */
    private static boolean speechFrameBefore(Doc d, int t) {
        int ss = d.sentenceStart(t);
        for (int k = t - 1; k >= Math.max(ss, t - 6); k--) {
            if (d.tok(k).isQuote() || WordShapes.isDash(d.tok(k)) || d.tok(k).is("-") || d.tok(k).is(")")) {
                return false;
            }
            if (Lexicon.isSpeechAt(d, k) && !Lexicon.NAMING.contains(d.tok(k).lower())) {
                return k > ss;
            }
        }
        return false;
    }

    private static boolean endsHere(Doc d, int k, int para) {
        for (int i = k; i < Math.min(d.size(), k + 4); i++) {
            Tok t = d.tok(i);
            if (t.para() != para || t.is(".")) {
                return true;
            }
            if (t.is(",") || t.is(";") || t.isQuote()) {
                return false; // "…” He added that it was “proud.”": the frame belongs to the next quotation
            }
        }
        return k >= d.size();
    }

    private static final java.util.Set<String> COORDINATION = WordLists.load("coordination");

    /** “brusk” and “tough”: a quotation coordinated with the previous one shares its speaker. */
    public static Evidence coordinated(State st, int q) {
        if (q == 0 || st.evidence(q - 1) == null) {
            return null;
        }
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int p = d.quoteTok(q - 1);
        if (d.sentence(p) != d.sentence(t) || t - p > 4) {
            return null;
        }
        for (int k = p + 1; k < t; k++) {
            if (!COORDINATION.contains(d.tok(k).lower())) {
                return null;
            }
        }
        Evidence prev = st.evidence(q - 1);
        return prev.forAnotherQuotation();
    }

    /** The declared confidence after a comma or other closing mark, less after a full stop or none. */
    private static Optional<Confidence> afterConfidence(Doc d, int q) {
        char c = d.lastChar(q);
        if (c == ',' || c == '?' || c == '!' || c == '—' || c == '–' || c == '-' || c == '…') {
            return Optional.empty();
        }
        return Optional.of(c == '.' ? SaidAfter.AFTER_FULL_STOP : SaidAfter.UNPUNCTUATED);
    }

    private static Evidence withVariant(Evidence ev, Optional<Confidence> variant) {
        return variant.map(ev::with).orElse(ev);
    }

    /** “…,” he said, “…”: the second part shares the frame between them. */
    public static Evidence interrupted(State st, int q) {
        if (q == 0 || st.evidence(q - 1) == null || st.evidence(q - 1).frameEnd().isEmpty()) {
            return null;
        }
        Doc d = st.doc();
        if (!SaidAfter.ID.equals(st.ruleOf(q - 1))) {
            return null;
        }
        int t = d.quoteTok(q);
        int e = st.evidence(q - 1).frameEnd().getAsInt();
        if (e > t || d.tok(t).para() != d.tok(d.quoteTok(q - 1)).para()) {
            return null;
        }
        for (int k = e; k < t; k++) {
            Tok tk = d.tok(k);
            if (tk.isWord()) {
                return null;
            }
        }
        Evidence prev = st.evidence(q - 1);
        return prev.forAnotherQuotation();
    }

    /** X said (that) “…”, X told reporters “…”, X said in a statement: “…”. */
    public static Evidence saidBefore(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        if (t == 0) {
            return null;
        }
        int ss = d.sentenceStart(t);
        boolean colon = d.tok(t - 1).is(":");
        for (int k = t - 1; k >= Math.max(ss, t - 25); k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                if (d.endsSentence(tk.quote()) || d.tok(k + 1).is(",")) {
                    return null; // a quotation with its own frame stands between
                }
                continue; // “several ways” of reaching … “unbound”: one frame governs both
            }
            if (openingInverted(d, k, ss)) {
                // "Said Ana Ruiz, who grew up nearby, “…”": the inverted frame opens the sentence
                TokenRange inv = npAfter(d, k + 1, tk.para());
                if (inv != null && inv.to() <= t) {
                    return Evidence.of(inv, new TokenRange(k, k + 1)).with(SaidBefore.INVERTED);
                }
                return null;
            }
            if (!Lexicon.isSpeechAt(d, k)) {
                continue;
            }
            if (Lexicon.NAMING.contains(tk.lower()) && t - k > 6 && !(tk.lower().endsWith("ing") && k > ss && d.tok(k - 1).is(","))) {
                continue; // "…, calling the plan a “…”": a participle after a comma still frames what it names
            }
            if (tk.is("asked") && d.tok(k + 1).is("by")) {
                TokenRange asker = npAfter(d, k + 2, tk.para()); // "Rubio was asked by moderator Gerard Baker whether “…”"
                if (asker != null && asker.to() <= t) {
                    return Evidence.of(asker, new TokenRange(k, k + 2)).with(SaidBefore.ASKED_BY);
                }
            }
            if (d.tok(k - 1).is(",") && (tk.is("says") || tk.is("said"))) {
                TokenRange who = npAfter(d, k + 1, tk.para()); // "The paradox, says Carl Anthony, a historian, is that “…”"
                if (who != null && who.to() < t && d.tok(who.to()).is(",") && d.tok(who.from()).capitalized()) {
                    return Evidence.of(who, new TokenRange(k, k + 1)).with(SaidBefore.SET_OFF_REPORT);
                }
            }
            TokenRange subj = subjectOf(d, k, ss);
            Optional<Confidence> conf = colon ? Optional.of(SaidBefore.COLON) : Optional.empty();
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
                TokenRange nearer = outer == null ? nearerClauseSubject(d, k, t) : null;
                if (nearer != null && !reportsBetween(d, nearer.to(), t) && !d.tok(t - 1).is(":")) {
                    nearer = null; // "says there is a long road, but he feels that Cruz will “…”": still the report
                }
                if (nearer != null) {
                    // "Reid said both are “…,” but he gave the Texan a compliment: “…”": the nearer clause frames it
                    return withVariant(Evidence.of(nearer, new TokenRange(k, k + 1)), conf);
                }
                return outer != null ? outer : withVariant(Evidence.of(subj, new TokenRange(k, k + 1)), conf);
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
                return withVariant(Evidence.of(who, new TokenRange(from + 1, from + 2)), conf);
            }
        }
        for (int c = from + 2; c < k && c < from + 8; c++) {
            if (Lexicon.isSpeechAt(d, c) && !Lexicon.NAMING.contains(d.tok(c).lower()) && d.tok(c + 1).is(",")) {
                TokenRange who = npEndingAt(d, c - 1, from + 1);
                return who != null && who.from() == from + 1 ? withVariant(Evidence.of(who, new TokenRange(c, c + 1)), conf) : null;
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
    public static boolean insideClosedRelative(Doc d, TokenRange subj, int k, int t) {
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
    private static final java.util.Set<String> CLAUSE_LINKS = WordLists.load("clause-links");

    public static Evidence outerReport(Doc d, int ss, int innerFrom, Optional<Confidence> conf) {
        for (int k = innerFrom - 1; k >= ss; k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote() && !d.endsSentence(tk.quote()) && d.lastChar(tk.quote()) != ',' && k + 1 < innerFrom
                    && d.tok(k + 1).isWord()) {
                continue; // "told ABC’s “Good Morning America” that he …": a title inside the outer frame
            }
            if (tk.isQuote() || tk.is(";") || tk.is(":")) {
                return null;
            }
            if (tk.is(",") || CLAUSE_LINKS.contains(tk.lower()) || innerFrom - k > 8) {
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
            return further != null ? further : withVariant(Evidence.of(subj, new TokenRange(k, k + 1)), conf);
        }
        return null;
    }

    /** China has used “velvet gloves” in its dealings, said a professor. / …, the senator said. */
    public static Evidence sentenceFrame(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int se = d.sentenceEnd(t);
        int para = d.tok(t).para();
        for (int k = t + 1; k < Math.min(se, t + 40); k++) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                if (d.endsSentence(tk.quote()) || k + 1 < se && d.tok(k + 1).is(",") && k + 2 < se
                        && Lexicon.isSpeechAt(d, k + 2)) {
                    return null; // a later quotation with its own frame
                }
                continue; // "… “a great deal of weight” and bring “firepower,” Smith said": one frame
            }
            boolean inverted = d.tok(k - 1).is(",") && (tk.is("said") || tk.is("says"));
            if (!Lexicon.isSpeechAt(d, k) || Lexicon.NAMING.contains(tk.lower()) || se - k > (inverted ? 25 : 8)) {
                continue;
            }
            if (d.tok(k - 1).is(",")) {
                TokenRange np = npAfter(d, k + 1, para);
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k, k + 1));
                }
            }
            TokenRange subj = subjectOf(d, k, t + 1);
            if (subj != null && d.tok(subj.from() - 1).is(",")) {
                return Evidence.of(subj, new TokenRange(k, k + 1));
            }
        }
        return null;
    }

    /** Smith: “…” */
    public static Evidence nameColon(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        if (t < 2 || !d.tok(t - 1).is(":")) {
            return null;
        }
        int ss = d.sentenceStart(t - 1);
        int e = t - 2;
        if (d.tok(e).is(")")) {
            int open = WordShapes.openingParen(d, e, ss);
            e = open > ss ? open - 1 : e; // "Rep. Ann Roe (D-Ohio): “…”": the label is no part of the name
        }
        TokenRange np = npEndingAt(d, e, ss);
        if (np == null) {
            return null;
        }
        if (np.from() != ss) {
            // "Pollsters agree - Ann Roe: “…”", "More from Roe: “…”": a name after a dash or "from"
            Tok before = d.tok(np.from() - 1);
            boolean label = before.is("-") || before.is("—") || before.is("–") || before.is("from");
            TokenRange name = tighten(d, np);
            if (!label || name == null || name.to() != np.to() || !d.tok(np.from()).capitalized()
                    || Lexicon.DETERMINERS.contains(d.tok(np.from()).lower())) {
                return null;
            }
        }
        return Evidence.of(np, null);
    }

    /** according to X, “…” / “…,” according to X. */
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
                return Evidence.of(source, new TokenRange(k, k + 2)).with(SaidBefore.OPENING_SOURCE);
            }
            if (!d.tok(c).isWord()) {
                break;
            }
        }
        return null;
    }

    public static Evidence accordingTo(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = Math.max(d.sentenceStart(t), t - 40);
        int se = Math.min(d.sentenceEnd(t), t + 40);
        for (int k = ss; k + 2 < se; k++) {
            if (d.tok(k).is("according") && d.tok(k + 1).is("to")) {
                TokenRange np = npAfter(d, k + 2, d.tok(k).para());
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k, k + 2));
                }
            }
        }
        return null;
    }

    /**
     * "“…,” Lind said, according to the Ledger." / "… was “…,” according to a court filing.": a
     * sentence that names its source after the quotation vouches for the wording through that
     * source, which takes precedence over the frame it reports (news annotation credits the outermost
     * source). Only when no other quotation stands between, so the source covers this one.
     */
    public static Evidence sourceAfter(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int se = Math.min(d.sentenceEnd(t), t + 25);
        int para = d.tok(t).para();
        for (int k = t + 1; k + 2 < se && d.tok(k).para() == para; k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
            if (d.tok(k).is("according") && d.tok(k + 1).is("to")) {
                TokenRange np = npAfter(d, k + 2, para);
                return np == null ? null : Evidence.of(np, new TokenRange(k, k + 2));
            }
            if (d.tok(k).is(",") && k > t + 1) {
                Evidence rep = reportedBy(d, k + 1, d.sentenceEnd(t), para);
                if (rep != null) {
                    return rep;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> REPORTED = WordLists.load("reported");

    /** "…, the Ledger reported." / "…, reports the Ledger.": a clause closing the sentence names the outlet. */
    private static Evidence reportedBy(Doc d, int from, int se, int para) {
        if (from >= se) {
            return null;
        }
        if (REPORTED.contains(d.tok(from).lower())) {
            TokenRange np = npAfter(d, from + 1, para);
            return np != null && np.to() >= se - 1 && np.to() <= se ? Evidence.of(np, new TokenRange(from, from + 1)) : null;
        }
        TokenRange np = npAfter(d, from, para);
        if (np == null || np.to() >= d.size() || !REPORTED.contains(d.tok(np.to()).lower()) || np.to() + 1 < se - 1) {
            return null;
        }
        return Evidence.of(np, new TokenRange(np.to(), np.to() + 1));
    }

    /** "…, as The Ledger put it, “…”" / "“…,” as a memo put it": the source of the wording. */
    /** A report verb with no object clause of its own: followed by punctuation or a phrase of place or time. */
    private static boolean reportEnds(Doc d, int k) {
        if (k >= d.size()) {
            return true;
        }
        Tok n = d.tok(k);
        return !n.isWord() && !n.isQuote() || Lexicon.PREPOSITIONS.contains(n.lower()) && !n.is("of") && !n.is("about")
                || Lexicon.DAYS.contains(n.lower()) || n.is("last") || n.is("earlier") || n.is("recently") || n.is("then");
    }

    public static Evidence asPutIt(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = Math.max(d.sentenceStart(t), t - 30);
        int se = Math.min(d.sentenceEnd(t), t + 30);
        for (int k = ss; k + 3 < se; k++) {
            if (!d.tok(k).is("as") || k > 0 && !(d.tok(k - 1).is(",") || d.tok(k - 1).isQuote() || k == d.sentenceStart(k))) {
                continue;
            }
            int put = -1;
            for (int j = k + 2; j + 1 < Math.min(se, k + 10); j++) {
                Tok w = d.tok(j);
                if (!w.isWord()) {
                    break;
                }
                if ((w.is("put") || w.is("puts")) && d.tok(j + 1).is("it")) {
                    put = j;
                    break;
                }
                boolean rightAfter = k - 1 == t || k - 2 == t && d.tok(k - 1).is(",");
                if (rightAfter && Lexicon.isSpeechAt(d, j) && !Lexicon.NAMING.contains(w.lower()) && reportEnds(d, j + 1)) {
                    put = j; // "“…,” as Cruz said on the radio, …": the aside names who said it
                    break;
                }
            }
            if (put < 0 || !NounPhrases.startsNp(d.tok(k + 1))) {
                continue;
            }
            boolean putIt = d.tok(put + 1).is("it");
            TokenRange who = putIt ? new TokenRange(k + 1, put) : Subjects.subjectOf(d, put, k + 1);
            if (who == null || who.from() != k + 1) {
                continue;
            }
            return Evidence.of(who, new TokenRange(put, putIt ? put + 2 : put + 1));
        }
        return null;
    }

    /** “…” — Jane Doe */
    public static Evidence dash(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        if (t + 2 >= d.size()) {
            return null;
        }
        Tok dash = d.tok(t + 1);
        if (!(dash.is("—") || dash.is("–") || dash.is("―") || dash.is("-") || dash.is("--")) || !d.tok(t + 2).capitalized()) {
            return null;
        }
        TokenRange np = npAfter(d, t + 2, dash.para());
        if (np == null || (np = tighten(d, np)) == null) {
            return null;
        }
        int after = np.to();
        if (after < d.size() && d.tok(after).para() == dash.para() && d.tok(after).isWord()) {
            return null;
        }
        return Evidence.of(np, null);
    }

    /** A piece that reopens the previous paragraph's quotation has its speaker. */
    public static Evidence continuedQuote(State st, int q) {
        Doc d = st.doc();
        if (q == 0 || !d.quotes().get(q).continuesPrevious() || st.evidence(q - 1) == null) {
            return null;
        }
        Evidence prev = st.evidence(q - 1);
        return prev.forAnotherQuotation();
    }

    /**
     * A paragraph that ends with a colon introduces the quotation that opens the next one
     * ("Smith then listed his demands:" / "“…”"): the subject of that sentence speaks.
     */
    public static Evidence colonParagraph(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t < 2 || d.tok(t - 1).para() == para || !d.tok(t - 1).is(":") || d.tok(t - 1).para() != para - 1) {
            return null;
        }
        int colon = t - 1;
        int ss = d.sentenceStart(colon);
        for (int k = ss; k < colon; k++) {
            if (d.tok(k).isQuote()) {
                return null; // the colon closes a sentence that already quotes someone
            }
        }
        if (openingInverted(d, ss, ss)) {
            TokenRange inv = npAfter(d, ss + 1, d.tok(ss).para());
            if (inv != null && inv.to() <= colon) {
                return Evidence.of(inv, new TokenRange(ss, ss + 1)); // "Continued Lind:" / "“…”"
            }
        }
        for (int k = colon - 1; k >= ss; k--) {
            if (Lexicon.isSpeechAt(d, k)) {
                TokenRange s = frameSubject(d, k);
                if (s != null) {
                    return Evidence.of(s, new TokenRange(k, k + 1));
                }
            }
        }
        TokenRange subj = Clauses.mainSubject(d, ss, colon);
        if (subj == null) {
            TokenRange np = npEndingAt(d, colon - 1, ss);
            subj = np != null && np.from() == ss ? np : null; // "Transcript as follows:" has no verb
        }
        return subj == null ? null : Evidence.of(subj, null);
    }

    private static final java.util.Set<String> NOT_PARTICIPLES = WordLists.load("not-participles");

    private static final java.util.Set<String> PARTICIPLE_LEADS = WordLists.load("participle-leads");

    /**
     * "In declaring Trump's statements “not Christian,” the pope …", "Acknowledging that Trump “…,”
     * Allen did suggest …": a quotation inside an opening participle phrase is the main subject's.
     */
    public static Evidence openingParticiple(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int p = ss;
        while (p < t && p - ss < 2 && PARTICIPLE_LEADS.contains(d.tok(p).lower())) {
            p++;
        }
        Tok part = d.tok(p);
        if (p >= t || !part.isWord() || !part.lower().endsWith("ing") || part.lower().length() < 6
                || NOT_PARTICIPLES.contains(part.lower())) {
            return null;
        }
        for (int k = p + 1; k < t; k++) {
            if (d.tok(k).is(",") || d.tok(k).isQuote() || d.tok(k).is(";") || d.tok(k).is(":")) {
                return null; // the phrase closed, or another quotation stands first
            }
        }
        int se = d.sentenceEnd(t);
        int comma = -1;
        for (int k = t + 1; k < Math.min(se, t + 25); k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
            if (d.tok(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 && d.lastChar(q) != ',') {
            return null; // the phrase must close with a comma, after the quotation or inside its marks
        }
        int from = comma >= 0 ? comma : t;
        TokenRange subj = Clauses.mainSubject(d, from, se);
        if (subj == null || !Speakers.plausibleSpeaker(d, subj) || !Speakers.personLike(d, subj) && !WordShapes.isPronoun(d.tok(subj.from()))) {
            return null;
        }
        return Evidence.of(subj, new TokenRange(p, p + 1));
    }

    /** Lavrov was critical of efforts to impose “their own rules…”: the clause subject. */
    public static Evidence clauseSubjectRule(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        if (t == ss) {
            return null;
        }
        TokenRange subj = clauseSubject(d, ss, t);
        subj = subj == null ? null : tighten(d, subj);
        if (subj == null || !Speakers.plausibleSpeaker(d, subj)) {
            // "But back home, he returned to his lines: “…”": the subject after an opening phrase
            // (not in a headline, nor for a one-word term; a person, a name or a "the" phrase)
            subj = d.tok(t).para() == 0 || d.wordCount(q) < 2 ? null : Clauses.mainSubject(d, ss, t);
            subj = subj == null ? null : tighten(d, subj);
            if (subj == null || !Speakers.plausibleSpeaker(d, subj) || !personOrName(d, subj) && !d.tok(subj.from()).is("the")) {
                return null;
            }
        }
        TokenRange nearer = nearerClauseSubject(d, subj.to(), t);
        if (nearer != null) {
            subj = nearer; // "Clinton endorsed the deal, although she made clear that she has “…”": the nearer clause
        }
        int c = subj.to();
        for (int k = c; k + 1 < t && (d.tok(c).is(",") || WordShapes.isDash(d.tok(c))); k++) {
            Tok nx = d.tok(k + 1);
            if ((d.tok(k).is(",") || WordShapes.isDash(d.tok(k))) && k > c && nx.isWord() && !nx.capitalized()
                    && !Lexicon.CLAUSE.contains(nx.lower()) && !Lexicon.PREPOSITIONS.contains(nx.lower())) {
                c = k + 1; // the verb after the appositive is the cue
                break;
            }
        }
        int ce = c;
        while (ce < t && ce - c < 4 && d.tok(ce).isWord()) {
            String l = d.tok(ce).lower();
            ce++;
            if (Lexicon.PREPOSITIONS.contains(l) || l.equals("that") || Lexicon.SPEECH.contains(l)) {
                break;
            }
        }
        TokenRange rel = relativeHolding(d, subj, t);
        if (rel != null) {
            return Evidence.of(rel, new TokenRange(rel.to(), Math.min(t, rel.to() + 1))); // the antecedent is resolved later
        }
        return Evidence.of(subj, ce > c ? new TokenRange(c, ce) : null);
    }

    private static final java.util.Set<String> NOMINATIVE = WordLists.load("nominative");

    private static final java.util.Set<String> ADVERBIAL_OPENERS = WordLists.load("adverbial-openers");

    /**
     * A he/she/they that opens a later adverbial or contrasting clause of the sentence ("although she
     * made clear", "but he said"), before the quotation and followed by its verb: that clause holds it.
     */
    private static TokenRange nearerClauseSubject(Doc d, int from, int t) {
        for (int k = t - 1; k > from; k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                return null;
            }
            if (!NOMINATIVE.contains(tk.lower())) {
                continue;
            }
            Tok prev = d.tok(k - 1);
            Tok next = d.tok(k + 1);
            boolean opensClause = ADVERBIAL_OPENERS.contains(prev.lower());
            boolean verbNext = next.isWord() && !next.capitalized() && !Lexicon.PREPOSITIONS.contains(next.lower())
                    && !Lexicon.CLAUSE.contains(next.lower()) && !Lexicon.DETERMINERS.contains(next.lower());
            if (opensClause && verbNext) {
                return new TokenRange(k, k + 1);
            }
        }
        return null;
    }

    /**
     * "Roe, who has cast herself as the “…”": when the quotation sits in a comma-opened relative
     * clause on the subject, the relative pronoun is the mention (its antecedent names the speaker).
     */
    private static TokenRange relativeHolding(Doc d, TokenRange subj, int t) {
        int r = subj.to();
        if (r >= t - 2 || !d.tok(r).is(",") || !WordShapes.isRelative(d.tok(++r))) {
            return null;
        }
        for (int k = r + 1; k < t; k++) {
            if (d.tok(k).is(",") || d.tok(k).isQuote() || WordShapes.isDash(d.tok(k))) {
                return null; // the relative clause may have closed before the quotation
            }
        }
        return new TokenRange(r, r + 1);
    }

    /** He, she, they, or a name the article also writes capitalised mid-sentence. */
    private static boolean personOrName(Doc d, TokenRange r) {
        Tok f = d.tok(r.from());
        if (f.is("he") || f.is("she") || f.is("they")) {
            return true;
        }
        Tok last = d.tok(r.to() - 1);
        return f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower()) && last.capitalized()
                && d.capitalisedMidSentence(last.text());
    }

    /** A name is its capitalised words; a common noun phrase at most four words. */
    private static TokenRange tighten(Doc d, TokenRange r) {
        Tok first = d.tok(r.from());
        if (WordShapes.isPronoun(first)) {
            return new TokenRange(r.from(), r.from() + 1);
        }
        if (first.capitalized() && !Lexicon.DETERMINERS.contains(first.lower())) {
            int e = r.from() + 1;
            while (e < r.to() && (d.tok(e).capitalized() || d.tok(e).is("of") && e + 1 < r.to() && d.tok(e + 1).capitalized())) {
                e++;
            }
            return new TokenRange(r.from(), e);
        }
        if (r.to() - r.from() > 6) {
            return null;
        }
        return r;
    }

    /** Another quotation of the same paragraph was attributed, or the paragraph has one frame. */
    public static Evidence sameParagraph(State st, int q) {
        Doc d = st.doc();
        int para = d.quotes().get(q).paragraph();
        for (int p = q - 1; p >= Math.max(0, q - 20) && d.quotes().get(p).paragraph() == para; p--) {
            if (st.evidence(p) != null) {
                return st.evidence(p).forAnotherQuotation();
            }
        }
        return paragraphFrame(d, d.quoteTok(q), para, true);
    }

    /** A quote that opens a paragraph continues the previous paragraph's speaker. */
    public static Evidence previousParagraph(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t > 0 && d.tok(t - 1).para() == para) {
            return null;
        }
        if (para == 0) {
            return null;
        }
        for (int p = q - 1; p >= Math.max(0, q - 50); p--) {
            int pp = d.quotes().get(p).paragraph();
            if (pp < para - 1) {
                break;
            }
            if (pp == para - 1 && st.evidence(p) != null) {
                return st.evidence(p).forAnotherQuotation();
            }
        }
        int prevTok = t - 1;
        if (prevTok < 0 || d.tok(prevTok).para() != para - 1) {
            return null;
        }
        Evidence framed = paragraphFrame(d, prevTok, para - 1, false);
        return framed != null ? framed : introducedBy(d, q, prevTok);
    }

    /**
     * “Not only can she win …” opening a paragraph after "Lind is upbeat about the race." with no
     * speech verb: a whole-sentence quotation continues the person the previous paragraph's last
     * sentence is about, when that sentence has no quotation and its subject is a name or he/she.
     */
    private static Evidence introducedBy(Doc d, int q, int prevTok) {
        if (!d.endsSentence(q) || d.wordCount(q) < 3) {
            return null;
        }
        int ss = d.sentenceStart(prevTok);
        for (int k = ss; k <= prevTok; k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
        }
        TokenRange subj = Clauses.mainSubject(d, ss, prevTok + 1);
        if (subj == null) {
            return null;
        }
        Tok f = d.tok(subj.from());
        boolean person = f.is("he") || f.is("she") || f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower())
                && Speakers.plausibleSpeaker(d, subj);
        return person ? Evidence.of(subj, null).with(PreviousParagraph.PERSON_ABOUT) : null;
    }

    /** The speech frame of a paragraph nearest to token {@code near}. */
    private static Evidence paragraphFrame(Doc d, int near, int para, boolean both) {
        int best = -1;
        for (int k = near; k >= Math.max(0, near - 150) && d.tok(k).para() == para; k--) {
            if ((Lexicon.isSpeechAt(d, k) || !both && Lexicon.isTalkAt(d, k)) && isFrame(d, k)) {
                best = k;
                break;
            }
        }
        if (best >= 0 && !both) {
            // the paragraph before: its sentence's main frame, not a verb deeper in what it reports
            // ("Carter said that some critics had been predicting …")
            int main = firstFrame(d, d.sentenceStart(best), best, para);
            best = main >= 0 ? main : best;
        }
        if (best < 0 && both) {
            // a quotation inside a sentence takes a frame of its own sentence only: a later one reports a later statement
            int se = near == d.sentenceStart(near) ? d.size() : d.sentenceEnd(near);
            if (se == near + 1 && se < d.size() && "?!".indexOf(lastCharOf(d, near)) >= 0) {
                se = d.sentenceEnd(se); // “…!” Rep. Ann Roe said: the frame after a quotation that ends its sentence
            }
            best = firstFrame(d, near + 1, Math.min(Math.min(d.size(), se), near + 150), para);
        }
        return best < 0 ? null : Evidence.of(frameSubject(d, best), new TokenRange(best, best + 1));
    }

    /** The first speech verb in [from, to) of the paragraph that has a subject, or -1. */
    private static int firstFrame(Doc d, int from, int to, int para) {
        for (int k = from; k < to && d.tok(k).para() == para; k++) {
            if (Lexicon.isSpeechAt(d, k) && isFrame(d, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFrame(Doc d, int k) {
        return !Lexicon.NAMING.contains(d.tok(k).lower()) && frameSubject(d, k) != null;
    }

    private static char lastCharOf(Doc d, int quoteTok) {
        return d.tok(quoteTok).isQuote() ? d.lastChar(d.tok(quoteTok).quote()) : ' ';
    }

    private static TokenRange frameSubject(Doc d, int k) {
        TokenRange s = subjectOf(d, k, d.sentenceStart(k));
        if (s == null && k + 1 < d.size() && inverted(d, k)) {
            s = npAfter(d, k + 1, d.tok(k).para());
        }
        return s;
    }

    /**
     * Whether a speech verb can have its subject after it: "…,” said Smith / , says the report.
     * Elsewhere the phrase after the verb is its object ("told city leaders", "asked reporters").
     */
    private static boolean inverted(Doc d, int k) {
        if (k == d.sentenceStart(k)) {
            return true;
        }
        Tok before = d.tok(k - 1);
        return before.isQuote() || before.is(",") || before.is(":") || before.is("—");
    }
}
