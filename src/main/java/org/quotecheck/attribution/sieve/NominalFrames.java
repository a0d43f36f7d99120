package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.phrase.Speakers;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import java.util.Set;

/**
 * Frames without a speech verb and its subject: a statement noun owned by the speaker ("her claim
 * that she “…”", "his promise to be “…”", "Roe's “…” pledge"), a passive naming verb with its
 * agent ("an option seen by organizers as a “…”", "“…,” as described by the mayor"), a document
 * put out by someone ("Roe released a statement calling it “…”") and a text that is the subject of
 * the quotation's clause ("The ad targets a “…”"). News annotation credits the owner, agent,
 * issuer or text; quotations reported by a speech verb that governs them are left to said-before.
 */
public final class NominalFrames {

    private NominalFrames() {
    }

    /** Nouns for something said; the owner of one that frames a quotation said it. */
    public static final Set<String> STATEMENT_NOUNS = WordLists.load("statement-nouns");

    /** Statement nouns whose content follows as an infinitive: "his promise to be “…”". */
    private static final Set<String> TO_NOUNS = WordLists.load("to-nouns");

    /** Statement nouns that can name a quotation right after it: "Roe's “read my lips” pledge". */
    private static final Set<String> AFTER_NOUNS = WordLists.load("after-nouns");

    private static final Set<String> OWNERS = WordLists.load("owners");

    /** Words that cannot stand between an owner and its statement noun ("Smith's controversial past pledge"). */
    private static final Set<String> MODIFIER_STOP = WordLists.load("modifier-stop");

    /**
     * "Smith's assertion that “…”", "her claim that she “…”", "his promise to be “…”", "the senator's
     * answer was that “…”", "Roe's “…” pledge": the owner of the statement noun is the speaker.
     */
    public static Evidence possessiveStatement(State st, int q) {
        return possessiveFrame(st, q);
    }

    /** Whether a said-before frame governs the owner of the statement noun. */
    public static boolean reportGovernsOwner(Doc d, Evidence own, Evidence said) {
        if (said.cue() == null) {
            return false;
        }
        int from = said.cue().to();
        int to = own.mention().from();
        if (from > to) {
            return true; // a speech verb nearer the quotation than the owner frames it
        }
        for (int k = from; k < to; k++) {
            Tok w = d.tok(k);
            if (w.is(",") || w.is(";") || WordShapes.isDash(w) || CLAUSE_BREAKS.contains(w.lower())) {
                return false; // "Roe was criticizing Ode; she came under fire over her claim that “…”"
            }
        }
        return true; // "Roe said Ode's claim that “…”": the report that governs the owner decides
    }

    private static final Set<String> OWN_ACCOUNTS = WordLists.load("own-accounts");

    private static final Set<String> CLAUSE_BREAKS = WordLists.load("clause-breaks");

    private static Evidence possessiveFrame(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        // "by her own admission, it was a “mistake”": the owner vouches for the wording
        for (int k = Math.max(ss, t - 20); k + 2 < t; k++) {
            if (!d.tok(k).is("by") || !OWNERS.contains(d.tok(k + 1).lower())) {
                continue;
            }
            int n = d.tok(k + 2).is("own") ? k + 3 : k + 2;
            if (n < t && OWN_ACCOUNTS.contains(d.tok(n).lower())) {
                return withOwner(d, new TokenRange(k + 1, k + 2), new TokenRange(n, n + 1), ss);
            }
        }
        if (t - 1 >= ss && t + 1 < d.size() && d.tok(t + 1).para() == d.tok(t).para()
                && AFTER_NOUNS.contains(d.tok(t + 1).lower())) {
            TokenRange owner = ownerEndingAt(d, t - 1, ss);
            if (owner != null) {
                return withOwner(d, owner, new TokenRange(t + 1, t + 2), ss);
            }
        }
        int k = t - 1;
        if (k >= ss && isArticle(d.tok(k))) {
            k--;
        }
        if (k < ss) {
            return null;
        }
        int noun = -1;
        Tok b = d.tok(k);
        if (b.is(":") || b.is(",") || WordShapes.isDash(b)) {
            // "her statement: “…”"; "his answer was: “…”"
            int n = k - 1;
            if (n > ss && isCopula(d.tok(n))) {
                n--;
            }
            if (b.is(",") && n > ss && d.tok(n).is("that")) {
                n--; // "her comment that, “…”"
            }
            noun = b.is(":") ? pastAdjuncts(d, n, ss) : n; // "his demand in Berlin in 1987: “…”"
            if (b.is(":") && n > ss && DOCUMENTS.contains(d.tok(n).lower())) {
                TokenRange owner = ownerOf(d, n, ss); // "From Roe's Facebook post: “…”"
                return owner == null ? null : withOwner(d, owner, new TokenRange(n, n + 1), ss);
            }
        } else if (startsWithTo(d, q) && k == t - 1) {
            noun = TO_NOUNS.contains(b.lower()) ? k : -1; // "her commitment “to do everything …”"
        } else {
            // "claim that [clause] “…”", "promise to [verb phrase] “…”", "description of [it] as “…”"
            for (int j = k; j >= Math.max(ss, k - 9); j--) {
                Tok w = d.tok(j);
                if (!w.isWord() || Lexicon.isSpeechAt(d, j) || Lexicon.NAMING.contains(w.lower())) {
                    break;
                }
                if (w.is("that") && j > ss) {
                    int n = j - 1;
                    if (n > ss && isCopula(d.tok(n))) {
                        n--; // "the senator's answer was that “…”"
                    }
                    while (n > ss && n >= j - 3 && isTimeWord(d.tok(n))) {
                        n--; // "his comment Monday that …"
                    }
                    TokenRange of = ofOwner(d, n, ss);
                    if (of != null) {
                        return Evidence.of(of, new TokenRange(of.from() - 2, of.from() - 1));
                    }
                    n = pastAdjuncts(d, n, ss); // "her comments before the committee that “…”"
                    noun = STATEMENT_NOUNS.contains(d.tok(n).lower()) ? n : -1;
                    break;
                }
                if (w.is("to") && j > ss && TO_NOUNS.contains(d.tok(j - 1).lower())) {
                    noun = j - 1;
                    break;
                }
                if (w.is("as") && j == k) {
                    // "her description of the plan as “…”": the object and "of" come before
                    for (int o = j - 1; o > ss && o >= j - 6; o--) {
                        if (d.tok(o).is("of")) {
                            String l = d.tok(o - 1).lower();
                            noun = l.equals("description") || l.startsWith("characteri") ? o - 1 : -1;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        if (noun <= ss || !STATEMENT_NOUNS.contains(d.tok(noun).lower())) {
            return null;
        }
        TokenRange owner = ownerOf(d, noun, ss);
        return owner == null ? null : withOwner(d, owner, new TokenRange(noun, noun + 1), ss);
    }

    /**
     * "De Blasio repeated his claim that “…”": a possessive pronoun whose clause has a named subject
     * refers to that subject (when the gender does not contradict); otherwise the resolver decides.
     */
    private static Evidence withOwner(Doc d, TokenRange owner, TokenRange cue, int ss) {
        Tok o = d.tok(owner.from());
        if (owner.to() - owner.from() == 1 && (o.is("his") || o.is("her")) && owner.from() > ss) {
            TokenRange subj = Clauses.clauseSubject(d, ss, owner.from());
            if (subj == null || !Speakers.personLike(d, subj)) {
                subj = Subjects.nearestSubject(d, owner.from() - 1, ss); // "as the debate went on and Roe stood by his …"
            }
            if (subj != null && subj.to() <= owner.from() && !WordShapes.isPronoun(d.tok(subj.from()))
                    && Speakers.plausibleSpeaker(d, subj)
                    && Speakers.personLike(d, subj) && agrees(d, subj, o.is("his") ? 'm' : 'f')) {
                return Evidence.of(owner, cue).namedBy(subj);
            }
        }
        if (owner.to() - owner.from() == 1 && (o.is("its") || o.is("their")) && owner.from() > ss) {
            // "the board was conclusive in its findings: “…”": the clause's subject owns them
            TokenRange subj = Clauses.clauseSubject(d, ss, owner.from());
            if (subj != null && subj.to() <= owner.from() && !WordShapes.isPronoun(d.tok(subj.from()))
                    && Speakers.plausibleSpeaker(d, subj)) {
                return Evidence.of(subj, cue); // "its"/"their" name nobody: the subject is the mention
            }
        }
        return Evidence.of(owner, cue);
    }

    /** Whether nothing in the phrase (an honorific, a known first name) marks the other gender. */
    private static boolean agrees(Doc d, TokenRange r, char g) {
        for (int k = r.from(); k < r.to(); k++) {
            Tok t = d.tok(k);
            char h = Lexicon.honorificGender(t.lower());
            if (h == 0 && t.capitalized()) {
                h = Lexicon.firstNameGender(t.text());
            }
            if (h != 0) {
                return h == g;
            }
        }
        return true;
    }

    /** Walks back over prepositional phrases of time and place before a colon to a statement noun. */
    private static int pastAdjuncts(Doc d, int n, int ss) {
        if (n <= ss || STATEMENT_NOUNS.contains(d.tok(n).lower())) {
            return n;
        }
        for (int k = n; k > ss && k >= n - 7; k--) {
            Tok w = d.tok(k);
            if (!w.isWord()) {
                return n;
            }
            if ((Lexicon.PREPOSITIONS.contains(w.lower()) || isTimeWord(w)) && STATEMENT_NOUNS.contains(d.tok(k - 1).lower())) {
                return k - 1;
            }
        }
        return n;
    }

    private static boolean isTimeWord(Tok w) {
        return w.isWord() && (Lexicon.DAYS.contains(w.lower()) || w.is("yesterday") || w.is("today") || w.is("then")
                || w.is("earlier") || w.is("later"));
    }

    /**
     * "the contention of the former mayor Ann Roe that …": a statement noun with its owner after "of";
     * the owner ends at {@code n}, right before "that".
     */
    private static TokenRange ofOwner(Doc d, int n, int ss) {
        for (int k = n - 1; k > ss && k >= n - 9; k--) {
            Tok w = d.tok(k);
            if (!w.isWord()) {
                return null;
            }
            if (w.is("of") || w.is("by") || w.is("from")) {
                if (!STATEMENT_NOUNS.contains(d.tok(k - 1).lower())) {
                    return null;
                }
                TokenRange np = npAfter(d, k + 1, w.para());
                return np != null && np.to() == n + 1 && Speakers.personLike(d, np) ? np : null;
            }
        }
        return null;
    }

    /** The owner before a statement noun and up to three modifiers ("Smith's oft-repeated campaign pledge"). */
    private static TokenRange ownerOf(Doc d, int noun, int ss) {
        for (int k = noun - 1; k >= Math.max(ss, noun - 4); k--) {
            Tok w = d.tok(k);
            TokenRange owner = ownerEndingAt(d, k, ss);
            if (owner != null) {
                return owner;
            }
            if (!w.isWord() || MODIFIER_STOP.contains(w.lower()) || Lexicon.PREPOSITIONS.contains(w.lower())
                    || Lexicon.CLAUSE.contains(w.lower()) || Lexicon.isSpeechAt(d, k) || WordShapes.isPronoun(w)
                    || w.capitalized() && Lexicon.DETERMINERS.contains(w.lower())) {
                return null; // "Roe's Facebook post", "her March comment": a capitalised modifier is fine
            }
        }
        return null;
    }

    /** "his", "her", "their", "its" at {@code k}, or the noun phrase before a possessive "'s" at {@code k}. */
    private static TokenRange ownerEndingAt(Doc d, int k, int ss) {
        Tok w = d.tok(k);
        if (OWNERS.contains(w.lower())) {
            return new TokenRange(k, k + 1);
        }
        boolean bare = (w.is("’") || w.is("'")) && k - 1 >= ss && d.tok(k - 1).isWord()
                && d.tok(k - 1).lower().endsWith("s") && d.tok(k - 1).end() == w.start(); // "Jones’ pledge"
        if (!(w.is("'s") || bare) || k - 1 < ss) {
            return null;
        }
        TokenRange np = npEndingAt(d, k - 1, ss);
        if (np == null) {
            return null;
        }
        // "the company's chief executive's claim": the nearest owner; "the pull of Obama's": after "of"
        int from = np.from();
        for (int j = np.to() - 1; j > np.from(); j--) {
            Tok x = d.tok(j);
            if (x.is("'s") || x.is("of") && !(d.tok(j - 1).capitalized() && d.tok(j + 1).capitalized())) {
                from = j + 1;
                break;
            }
        }
        // "an issue out of Donald Trump's": a name ends the phrase, its capitalised words are the owner
        if (d.tok(np.to() - 1).capitalized()) {
            int n = np.to() - 1;
            while (n - 1 >= from && (d.tok(n - 1).capitalized() || d.tok(n - 1).is("of") && n - 2 >= from
                    && d.tok(n - 2).capitalized())) {
                n--;
            }
            if (n > from && !Lexicon.DETERMINERS.contains(d.tok(n - 1).lower())) {
                from = n;
            }
        }
        return from < np.to() ? new TokenRange(from, np.to()) : null;
    }

    private static boolean isArticle(Tok t) {
        return t.is("a") || t.is("an") || t.is("the");
    }

    private static boolean isCopula(Tok t) {
        return t.is("was") || t.is("is") || t.is("were") || t.is("are");
    }

    private static boolean startsWithTo(Doc d, int q) {
        String s = d.quotes().get(q).content().of(d.text()).stripLeading();
        return s.startsWith("to ");
    }

    /** Passive participles that name or judge what someone said, with its author in a by-phrase. */
    public static final Set<String> PASSIVE_NAMING = WordLists.load("passive-naming");

    /**
     * "an option seen by organizers as a “…”", "a plan derided as “…” by critics", "“…,” as
     * described by the mayor": the agent of a passive naming verb framing the quotation.
     */
    public static Evidence passiveAgent(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int se = d.sentenceEnd(t);
        int para = d.tok(t).para();
        int k = t - 1;
        if (k >= ss && isArticle(d.tok(k))) {
            k--;
        }
        if (k >= ss && d.tok(k).is("as")) {
            // "seen by organizers as a “…”": back over the agent to "by" and the participle
            for (int j = k - 1; j > ss && j >= k - 10; j--) {
                Tok w = d.tok(j);
                if (!w.isWord()) {
                    break;
                }
                if (w.is("by") && participleBefore(d, j, ss)) {
                    TokenRange np = npAfter(d, j + 1, para);
                    if (np != null && np.to() <= k) {
                        return Evidence.of(np, new TokenRange(j - 1, j));
                    }
                    break;
                }
            }
            // "a plan derided as “…” by critics"
            if (k - 1 >= ss && PASSIVE_NAMING.contains(d.tok(k - 1).lower()) && t + 2 < d.size()
                    && d.tok(t + 1).is("by")) {
                TokenRange np = npAfter(d, t + 2, para);
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k - 1, k));
                }
            }
        }
        // "the plan has been called “…” by critics"
        int pp = t - 1;
        if (pp > ss && isArticle(d.tok(pp))) {
            pp--;
        }
        if (pp > ss && PASSIVE_NAMING.contains(d.tok(pp).lower()) && passiveAux(d, pp - 1, ss) && t + 2 < d.size()
                && d.tok(t + 1).is("by")) {
            TokenRange np = npAfter(d, t + 2, para);
            if (np != null) {
                return Evidence.of(np, new TokenRange(pp, pp + 1));
            }
        }
        // "“…,” as described by the mayor"; "… “…” in its handling of the files, as described by the mayor"
        for (int j = t + 1; j + 3 < d.size() && j < se && j <= t + 15; j++) {
            Tok w = d.tok(j);
            if (w.isQuote() || w.is(";") || w.is(":")) {
                break;
            }
            boolean opens = j == t + 1 || d.tok(j - 1).is(",") || WordShapes.isDash(d.tok(j - 1)) || d.tok(j - 1).is("-");
            if (w.is("as") && opens && PASSIVE_NAMING.contains(d.tok(j + 1).lower()) && d.tok(j + 2).is("by")) {
                TokenRange np = npAfter(d, j + 3, para);
                return np == null ? null : Evidence.of(np, new TokenRange(j + 1, j + 2));
            }
        }
        return null;
    }

    /** "was", "has been", "is often": a passive auxiliary (with adverbs) before the participle at {@code k + 1}. */
    private static boolean passiveAux(Doc d, int k, int ss) {
        while (k > ss && d.tok(k).lower().endsWith("ly")) {
            k--;
        }
        Tok w = d.tok(k);
        return w.is("been") || w.is("be") || isCopula(w) || w.is("being") || w.is("as"); // "…, also known as"
    }

    /** A naming participle right before "by", allowing one adverb ("derisively known by"). */
    private static boolean participleBefore(Doc d, int by, int ss) {
        int p = by - 1;
        if (p > ss && d.tok(p).lower().endsWith("ly")) {
            p--;
        }
        return p >= ss && PASSIVE_NAMING.contains(d.tok(p).lower());
    }

    /** Verbs that put out a document: its issuer speaks through it. */
    private static final Set<String> ISSUING = WordLists.load("issuing-in-nominal-frames");

    /** Documents whose wording is their issuer's. */
    private static final Set<String> DOCUMENTS = WordLists.load("documents-in-nominal-frames");

    /** Participles that carry a document's content to the quotation ("a statement saying …"). */
    private static final Set<String> CONTENT_LINKS = WordLists.load("content-links");

    /**
     * "The council issued a statement Monday calling the ruling “…”", "Roe sent out an email to
     * supporters, saying “…”", "Roe released a statement: “…”": whoever put the document out speaks.
     */
    public static Evidence documentIssued(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        boolean linked = t - 1 >= ss && (d.tok(t - 1).is(",") || d.tok(t - 1).is(":"));
        for (int n = t - 1; n > ss && n >= t - 16; n--) {
            Tok w = d.tok(n);
            if (w.isQuote() || w.is(";") || w.is("(") || w.is(")")) {
                return null;
            }
            if (CONTENT_LINKS.contains(w.lower())) {
                // "a statement that …" links; "a letter to the firm that fired him" is a relative clause on "firm"
                Tok prev = d.tok(n - 1);
                linked |= !(w.is("that") || w.is("which")) || DOCUMENTS.contains(prev.lower()) || isTimeWord(prev)
                        || prev.is(",") && n - 2 > ss && DOCUMENTS.contains(d.tok(n - 2).lower());
                continue;
            }
            if (!DOCUMENTS.contains(w.lower()) || n + 1 < d.size() && DOCUMENTS.contains(d.tok(n + 1).lower())) {
                continue; // "a fundraising email": the last noun is the head
            }
            if (!linked) {
                return null; // "released a statement about the “…” plan": the quotation is no content of it
            }
            int p = n - 1;
            int mods = 0;
            while (p > ss && mods < 3 && !ISSUING.contains(d.tok(p).lower())) {
                Tok m = d.tok(p);
                if (!m.isWord() || m.capitalized() || Lexicon.PREPOSITIONS.contains(m.lower()) && !m.is("out")) {
                    return null;
                }
                p--;
                mods++;
            }
            if (p > ss && d.tok(p).is("out")) {
                p--; // "sent out a memo"
            }
            if (p <= ss || !ISSUING.contains(d.tok(p).lower()) || d.tok(p).is("put") && !d.tok(p + 1).is("out")) {
                return null;
            }
            TokenRange subj = Subjects.subjectOf(d, p, ss);
            if (subj == null || subj.to() > p || !Speakers.plausibleSpeaker(d, subj)) {
                return null;
            }
            return Evidence.of(subj, new TokenRange(p, n + 1));
        }
        return null;
    }

    /** Heads of a noun phrase naming a text that can carry words of its own. */
    private static final Set<String> TEXTS = WordLists.load("texts");

    /** Verbs by which a text states something; a short quotation needs one to be the text's wording. */
    private static final Set<String> TEXT_VERBS = WordLists.load("text-verbs");

    /**
     * "Hoff's letter makes a libertarian case: “…”", "The ad targets a “…”", "An email sent out by Roe
     * on Tuesday warned: “…”": a text that is the subject of the quotation's clause speaks (or, when a
     * by-phrase names who put it out, that issuer does).
     */
    public static Evidence textSubject(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        for (int k = ss; k < t; k++) {
            if (d.tok(k).isQuote()) {
                return null; // another quotation of the sentence stands between
            }
        }
        int k = ss;
        Tok f = d.tok(k);
        // the sentence opens with the text's noun phrase: "The ad", "A footnote in …", "Hoff's letter"
        boolean owned = false;
        int head = -1;
        for (int j = k; j < Math.min(t, k + 6); j++) {
            Tok w = d.tok(j);
            if (j > k && ownerEndingAt(d, j, ss) != null && !w.isWord()) {
                owned = true; // "Jones’ letter"
                continue;
            }
            if (!w.isWord()) {
                break;
            }
            owned |= w.is("'s");
            if (TEXTS.contains(w.lower()) && !w.capitalized()) {
                head = j;
                break;
            }
        }
        if (!(Lexicon.DETERMINERS.contains(f.lower()) && !WordShapes.isPronoun(f) || owned)) {
            return null;
        }
        if (head < 0 || head + 1 >= t) {
            return null;
        }
        int v = head + 1;
        // "An email sent out by Roe on Tuesday warned …": the issuer named in the by-phrase
        int by = d.tok(v + 1).is("out") ? v + 2 : v + 1;
        if (ISSUING.contains(d.tok(v).lower()) && by < t && d.tok(by).is("by")) {
            TokenRange np = npAfter(d, by + 1, d.tok(by).para());
            return np != null && np.to() < t ? Evidence.of(np, new TokenRange(v, v + 1)) : null;
        }
        // "Hoff's letter to the board makes …": a short prepositional phrase may follow the head
        if (Lexicon.PREPOSITIONS.contains(d.tok(v).lower())) {
            int e = v + 1;
            while (e < t && e < v + 5 && d.tok(e).isWord() && !d.tok(e).lower().endsWith("s") ) {
                e++;
            }
            v = e;
        }
        Tok verb = d.tok(v);
        if (v >= t || !verb.isWord() || verb.capitalized() || Lexicon.PREPOSITIONS.contains(verb.lower())
                || Lexicon.CLAUSE.contains(verb.lower()) || !(verb.lower().endsWith("s") || verb.lower().endsWith("ed")
                || Lexicon.AUX.contains(verb.lower()) || Lexicon.SPEECH.contains(verb.lower()))) {
            return null;
        }
        if (d.wordCount(q) <= 2 && !d.endsSentence(q) && !TEXT_VERBS.contains(verb.lower())
                && !Lexicon.SPEECH.contains(verb.lower())) {
            return null; // "The speech marked a “turning point”": a short term, not the text's wording
        }
        return Evidence.of(new TokenRange(ss, head + 1), new TokenRange(v, v + 1));
    }

    private static final Set<String> CHANTS = WordLists.load("chants");

    /** Prepositions that make a chant something met or heard, not something the subject joins in. */
    private static final Set<String> CHANT_BLOCKERS = WordLists.load("chant-blockers");

    /**
     * "the crowd reprised the chant “…”", "protesters joined in a loud chant of “…”": the subject of
     * the clause that takes up a chant as its object chants it.
     */
    public static Evidence chantObject(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int k = t - 1;
        if (k > ss && d.tok(k).is("of")) {
            k--;
        }
        if (k <= ss || !CHANTS.contains(d.tok(k).lower())) {
            return null;
        }
        int np = k;
        while (np - 1 > ss && np > k - 4 && d.tok(np - 1).isWord() && !d.tok(np - 1).capitalized()
                && !Lexicon.PREPOSITIONS.contains(d.tok(np - 1).lower()) && !Lexicon.isSpeech(d.tok(np - 1))
                && (isArticle(d.tok(np - 1)) || !Lexicon.AUX.contains(d.tok(np - 1).lower()))
                && !isArticle(d.tok(np))) {
            np--;
        }
        Tok before = d.tok(np - 1);
        if (!before.isWord() || CHANT_BLOCKERS.contains(before.lower()) || Lexicon.AUX.contains(before.lower())
                || OWNERS.contains(before.lower()) || before.is("'s")) {
            return null; // "was met with chants of “…”", "their chants of “…”"
        }
        // the subject right before the verb: "the crowd loudly reprised", "activists joined in"
        int v = np - 1;
        if (v > ss && (before.is("in") || before.is("into") || before.is("up"))) {
            v--;
        }
        int e = v - 1;
        while (e > ss && d.tok(e).isWord() && !d.tok(e).capitalized()
                && (d.tok(e).lower().endsWith("ly") || Lexicon.AUX.contains(d.tok(e).lower()))) {
            e--;
        }
        Tok verb = d.tok(v);
        if (e < ss || !verb.isWord() || verb.capitalized() || Lexicon.PREPOSITIONS.contains(verb.lower())) {
            return null;
        }
        TokenRange subj = npEndingAt(d, e, ss);
        if (subj == null || !(Speakers.plausibleSpeaker(d, subj) || d.tok(e).lower().endsWith("s") && !d.tok(e).is("this"))) {
            return null; // a bare plural ("activists joined in …") is a crowd too
        }
        for (int j = subj.to() - 1; j > subj.from(); j--) {
            if (isArticle(d.tok(j))) {
                subj = new TokenRange(j, subj.to()); // "at one point the crowd": the last determiner opens it
                break;
            }
        }
        return Evidence.of(subj, new TokenRange(k, k + 1));
    }

    /** "Here's Roe in 1992: “…”", "Here is the senator on taxes: “…”": the presented speaker. */
    public static Evidence herePresents(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        if (t < 4 || !d.tok(t - 1).is(":")) {
            return null;
        }
        int ss = d.sentenceStart(t - 1);
        if (!d.tok(ss).is("here") || !(d.tok(ss + 1).is("'s") || d.tok(ss + 1).is("is"))) {
            return null;
        }
        TokenRange np = npAfter(d, ss + 2, d.tok(ss).para());
        if (np == null || np.to() > t - 1 || !Speakers.personLike(d, np)) {
            return null;
        }
        for (int k = np.to(); k < t - 1; k++) {
            if (!d.tok(k).isWord() || k == np.to() && !Lexicon.PREPOSITIONS.contains(d.tok(k).lower())) {
                return null; // only an adjunct of time or topic may follow: "in 1992", "on taxes"
            }
        }
        return Evidence.of(np, new TokenRange(ss, ss + 2));
    }
}
