package org.quotecheck.attribution.phrase;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import static org.quotecheck.attribution.lexicon.Lexicon.AUX;
import static org.quotecheck.attribution.lexicon.Lexicon.CLAUSE;
import static org.quotecheck.attribution.lexicon.Lexicon.DETERMINERS;
import static org.quotecheck.attribution.lexicon.Lexicon.NOT_NAMES;
import static org.quotecheck.attribution.lexicon.Lexicon.PREPOSITIONS;
import static org.quotecheck.attribution.lexicon.Lexicon.PRONOUNS;

/**
 * Shallow phrase finding over {@link Doc} tokens: the subject of a verb (with appositives), the
 * noun phrase after an inverted verb, sentence bounds. No parser: word lists and punctuation.
 */
public final class Phrases {
    private static final int MAX_NP = 10;
    private static final int MAX_REACH = 45;

    private Phrases() {
    }

    public static int sentenceStart(Doc d, int i) {
        return d.sentenceStart[i];
    }

    public static int sentenceEnd(Doc d, int i) {
        return d.sentenceEnd[i];
    }

    public static boolean isPronoun(Tok t) {
        return t.isWord() && PRONOUNS.contains(t.lower());
    }

    public static boolean isDash(Tok t) {
        return t.is("—") || t.is("–") || t.is("--") || t.is("―");
    }

    /** "who" or "which" introducing a relative clause. */
    public static boolean isRelative(Tok t) {
        return t.is("who") || t.is("which");
    }

    /** Whether a word can begin a noun phrase naming a speaker. */
    public static boolean startsNp(Tok t) {
        if (!t.isWord()) {
            return false;
        }
        if (isPronoun(t) || DETERMINERS.contains(t.lower())) {
            return true;
        }
        if (t.capitalized()) {
            if (Lexicon.HONORIFICS.contains(t.lower()) || t.is("dr.")) {
                return true; // "said Dr. Jane Roe", "Mrs. Roe said"
            }
            return !NOT_NAMES.contains(t.lower()) && !Lexicon.SPEECH.contains(t.lower());
        }
        return !CLAUSE.contains(t.lower()) && !PREPOSITIONS.contains(t.lower()) && !AUX.contains(t.lower())
                && !t.lower().endsWith("ly") && !Lexicon.SPEECH.contains(t.lower());
    }

    /** Subject of the verb at {@code v}, looking no further left than {@code lb}. */
    public static TokenRange subjectOf(Doc d, int v, int lb) {
        int ss = Math.max(lb, sentenceStart(d, v));
        Tok verb = d.tok(v);
        int i = v - 1;
        if (verb.lower().endsWith("ing") && i >= ss && d.tok(i).is(",")) {
            return participleSubject(d, ss, i, v);
        }
        // "Lee began by saying", "Lee responded by calling it": the subject of the verb the gerund hangs on
        if (verb.lower().endsWith("ing") && i - 1 > ss && d.tok(i).is("by") && verbAfterPhrase(d.tok(i - 1))) {
            return subjectOf(d, i - 1, lb);
        }
        // "Lee went on to say", "Lee wants to tell": the subject of the verb the infinitive hangs on
        if (i - 1 > ss && d.tok(i).is("to") && !verb.lower().endsWith("ing")) {
            int w = i - 1;
            if (PARTICLES.contains(d.tok(w).lower()) && w - 1 > ss) {
                w--;
            }
            Tok gov = d.tok(w);
            if (NOUN_LIKE_BEFORE_TO.contains(gov.lower())) {
                return null; // "a chance to say", "the first to say": whose chance the sentence does not settle here
            }
            if (gov.isWord() && !gov.capitalized() && !isPronoun(gov) && !DETERMINERS.contains(gov.lower())
                    && !PREPOSITIONS.contains(gov.lower()) && !CLAUSE.contains(gov.lower()) && !gov.lower().endsWith("ly")) {
                return subjectOf(d, w, lb);
            }
        }
        // skip adverbs, auxiliaries, and phrases of time or place between subject and verb
        int ppEnd = -1; // "a source familiar with the talks": the phrase stays in the mention
        for (int guard = 0; guard < 4; guard++) {
            while (i >= ss && d.tok(i).isWord() && !isPronoun(d.tok(i))
                    && (AUX.contains(d.tok(i).lower()) || (d.tok(i).lower().endsWith("ly") && !d.tok(i).capitalized())
                            || d.tok(i).is("'s") && isPronoun(d.tok(i - 1)))) {
                i--; // "he's said": after a pronoun 's is "has" or "is"
            }
            if (i < ss) {
                return null;
            }
            Tok t = d.tok(i);
            if (t.is(")")) {
                int open = openingParen(d, i, ss);
                if (open > ss) {
                    i = open - 1; // "Smith (R-Texas) said": the label is no part of the subject
                    continue;
                }
            }
            if (t.is(",")) {
                TokenRange aside = pronounBeforeAside(d, i, ss);
                if (aside != null) {
                    return aside; // "and she, once again, pledged": a short aside between subject and verb
                }
                if (verb.lower().endsWith("ing") && guard > 0) {
                    return participleSubject(d, ss, i, v); // ", at one point calling …": still a participle
                }
                return appositiveSubject(d, i, ss);
            }
            if (isDash(t)) {
                // "John McCain -- who lost in 2008 -- said": the name before the opening dash
                for (int k = i - 1; k > ss && i - k <= MAX_REACH; k--) {
                    if (d.tok(k).isQuote()) {
                        break;
                    }
                    if (isDash(d.tok(k))) {
                        TokenRange np = d.tok(k - 1).is(",") ? appositiveSubject(d, k - 1, ss) : npEndingAt(d, k - 1, ss);
                        TokenRange name = k + 1 < i ? segmentNp(d, k + 1, i) : null;
                        boolean common = np != null && DETERMINERS.contains(d.tok(np.from()).lower());
                        if (common && name != null && d.tok(name.from()).capitalized()
                                && !NOT_NAMES.contains(d.tok(name.from()).lower())) {
                            return name; // "A former candidate -- John Ames, who lost -- said": the name
                        }
                        return np;
                    }
                }
                return null;
            }
            if (guard == 0 && (t.is("and") || t.is("but")) && i > ss && d.tok(i - 1).isWord() && !verb.lower().endsWith("ing")) {
                // "Cruz knocked Rubio on trade and called him …": coordinated verbs share the subject
                return coordinatedSubject(d, ss, i);
            }
            if (isRelative(t)) {
                int k = i - 1;
                if (k >= ss && d.tok(k).is(",")) {
                    k--;
                }
                // the relative pronoun is the mention; its antecedent names the speaker
                return k >= ss && npEndingAt(d, k, ss) != null ? new TokenRange(i, i + 1) : null;
            }
            if (!t.isWord()) {
                return null;
            }
            TokenRange np = npEndingAt(d, i, ss);
            if (np == null) {
                return null;
            }
            int before = np.from() - 1;
            if (guard == 0 && verb.lower().endsWith("ing") && before >= ss && d.tok(before).is("with")) {
                return np; // "with Smith noting …": Smith is the one noting
            }
            if (guard == 0 && before >= ss && CLAUSE_OPENERS.contains(d.tok(before).lower())
                    && (namedOrPronoun(d, np) || DETERMINERS.contains(d.tok(np.from()).lower()) && !temporalHead(d, np))) {
                return np; // "upset after Obama called …": the subordinate clause has its own subject
            }
            boolean pp = before >= ss && PREPOSITIONS.contains(d.tok(before).lower()) && !d.tok(before).is("of");
            Tok head = d.tok(np.to() - 1);
            boolean temporal = Lexicon.TEMPORAL.contains(head.lower()) && !isPronoun(d.tok(np.from()));
            if (pp) {
                if (ppEnd < 0 && !temporal) {
                    ppEnd = np.to();
                }
                i = before - 1;
            } else if (temporal && before >= ss && np.to() - np.from() <= 3) {
                ppEnd = -1;
                i = before;
            } else {
                boolean attach = ppEnd > 0 && ppEnd - np.from() <= MAX_NP && !isPronoun(d.tok(np.from()));
                return attach ? new TokenRange(np.from(), ppEnd) : np;
            }
        }
        return null;
    }

    /**
     * A participle after the comma at {@code comma} (", saying …") shares the subject of the clause
     * before it: the main clause's, unless a later clause has a he/she/they of its own
     * after "and", "but", "as", "when", "while" ("Roe led the port, and she fought the union, calling …":
     * the nearer "she"); a pronoun in a reported clause ("indicated he would …") is not the one.
     */
    private static TokenRange participleSubject(Doc d, int ss, int comma, int v) {
        // "…, Nefzi said, adding, “…”": the frame right before the participle is the one it continues
        if (comma - 1 > ss && Lexicon.isSpeechAt(d, comma - 1) && !Lexicon.NAMING.contains(d.tok(comma - 1).lower())) {
            TokenRange said = npEndingAt(d, comma - 2, ss);
            if (said != null && (isPronoun(d.tok(said.from())) || d.tok(said.from()).capitalized()
                    || DETERMINERS.contains(d.tok(said.from()).lower()))) {
                return said;
            }
        }
        TokenRange main = mainSubject(d, ss, comma);
        TokenRange near = nearestSubject(d, comma - 1, ss);
        if (main != null) {
            TokenRange own = joinedPronoun(d, comma - 1, main.to());
            return own != null ? own : main;
        }
        if (near != null) {
            return near;
        }
        // "Roe shared a syllabus for a class called “Logic” on her page, writing …": the title is inside the clause
        TokenRange whole = mainSubject(d, ss, comma, true);
        return whole != null ? whole : clauseSubject(d, ss, v);
    }

    /** The subject of the clause a verb after "and" at {@code and} is coordinated with, or null. */
    private static TokenRange coordinatedSubject(Doc d, int ss, int and) {
        TokenRange main = mainSubject(d, ss, and);
        TokenRange own = joinedPronoun(d, and - 1, main != null ? main.to() : ss);
        if (own != null) {
            return own;
        }
        if (main != null) {
            return main;
        }
        TokenRange near = nearestSubject(d, and - 1, ss);
        return near != null ? near : clauseSubject(d, ss, and);
    }

    /**
     * The nearest he/she/they at or before {@code from} (not before {@code lb}) that opens a clause of its
     * own after "and", "but", "as", "when", "while" or "so", with a lower-case word (its verb) after it.
     */
    private static TokenRange joinedPronoun(Doc d, int from, int lb) {
        return joinedPronoun(d, from, lb, CLAUSE_JOINS);
    }

    /** Words before a he/she/they that open the clause a quotation stands in. */
    private static final java.util.Set<String> SUBJECT_JOINS = WordLists.load("subject-joins");

    private static TokenRange joinedPronoun(Doc d, int from, int lb, java.util.Set<String> joins) {
        for (int k = from; k > lb && k > from - 30; k--) {
            Tok t = d.tok(k);
            if (t.isQuote() || t.is(";") || t.is(":")) {
                return null;
            }
            // a clause's "they" ("whether they are “high” or “low”") is too often a group described, not quoted
            boolean personal = PERSONAL.contains(t.lower()) && !(t.is("they") && joins == SUBJECT_JOINS);
            if (personal && joins.contains(d.tok(k - 1).lower()) && k + 1 <= from
                    && d.tok(k + 1).isWord() && !d.tok(k + 1).capitalized()) {
                return new TokenRange(k, k + 1);
            }
        }
        return null;
    }

    private static final java.util.Set<String> PERSONAL = WordLists.load("personal");

    /** "she, once again, pledged": the he/she/they before a short aside that the comma at {@code comma} closes. */
    private static TokenRange pronounBeforeAside(Doc d, int comma, int ss) {
        int c = comma - 1;
        while (c > ss && c > comma - 5 && d.tok(c).isWord()) {
            c--;
        }
        if (c == comma - 1 || c <= ss || !d.tok(c).is(",") || !PERSONAL.contains(d.tok(c - 1).lower())) {
            return null;
        }
        return new TokenRange(c - 1, c);
    }

    /** Words after which a name and a verb open the clause holding a quotation: "in which Roe expressed". */
    private static final java.util.Set<String> NAME_JOINS = WordLists.load("name-joins");

    /**
     * "… an interview, in which Roe expressed confidence that it was “…”": the nearest name (a capitalised
     * run) after a clause word and before a lower-case verb, between {@code lb} and {@code from}; or null.
     */
    private static TokenRange joinedName(Doc d, int from, int lb) {
        for (int k = from; k > lb && k > from - 25; k--) {
            Tok t = d.tok(k);
            if (t.isQuote() || t.is(";") || t.is(":")) {
                return null;
            }
            if (!NAME_JOINS.contains(t.lower()) || t.capitalized()) {
                continue;
            }
            int e = k + 1;
            while (e <= from && d.tok(e).capitalized() && !NOT_NAMES.contains(d.tok(e).lower())) {
                e++;
            }
            if (e > k + 1 && e <= from && finiteVerb(d.tok(e))) {
                return new TokenRange(k + 1, e);
            }
        }
        return null;
    }

    /** Words before a pronoun that start a clause of its own, not a reported one ("indicated he would"). */
    private static final java.util.Set<String> CLAUSE_JOINS = WordLists.load("clause-joins");

    /** Words that open a subordinate clause when a name or pronoun and a verb follow: "after Obama called". */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordLists.load("clause-openers");

    /** Events that "after"/"before" take as an object: "fans after the game told …" is a prepositional phrase. */
    private static final java.util.Set<String> EVENTS = WordLists.load("events");

    private static boolean temporalHead(Doc d, TokenRange np) {
        String head = d.tok(np.to() - 1).lower();
        return Lexicon.TEMPORAL.contains(head) || EVENTS.contains(head);
    }

    /** A personal pronoun, or a noun phrase that starts with a name rather than a determiner. */
    private static boolean namedOrPronoun(Doc d, TokenRange np) {
        Tok f = d.tok(np.from());
        return isPronoun(f) || f.capitalized() && !DETERMINERS.contains(f.lower()) && !NOT_NAMES.contains(f.lower());
    }

    /**
     * The subject of the main clause of the sentence part [ss, end): its first noun phrase after
     * an opening phrase ("On Monday, Smith …", "Speaking to reporters, Smith …"), when it is a
     * pronoun, a name (with a title) or a short determiner phrase followed by a verb-like word.
     */
    private static final java.util.Set<String> TIME_EDGES = WordLists.load("time-edges");

    /** "Hours later, …", "Earlier this week, …", "Two days ago, …": a short time phrase up to a comma. */
    public static boolean timeOpening(Doc d, int s, int end) {
        if (TIME_EDGES.contains(d.tok(s).lower())) {
            return true;
        }
        for (int c = s + 1; c < Math.min(end, s + 5); c++) {
            if (d.tok(c).is(",")) {
                return TIME_EDGES.contains(d.tok(c - 1).lower());
            }
        }
        return false;
    }

    public static TokenRange mainSubject(Doc d, int ss, int end) {
        return mainSubject(d, ss, end, false);
    }

    /** With {@code framedOnly}, a quotation inside the clause (a title, a term) does not restart it. */
    public static TokenRange mainSubject(Doc d, int ss, int end, boolean framedOnly) {
        int s = ss;
        for (int k = ss; k < end; k++) {
            if (d.tok(k).isQuote() && (!framedOnly || framedQuote(d, k, end))) {
                s = k + 1; // the clause starts after the last quotation
            }
        }
        if (s < end && d.tok(s).is(",")) {
            s++;
        }
        // skip an opening adverbial phrase up to its comma
        boolean opening = false;
        if (s < end && d.tok(s).isWord() && !isPronoun(d.tok(s)) && !DETERMINERS.contains(d.tok(s).lower())
                && (PREPOSITIONS.contains(d.tok(s).lower()) || CLAUSE.contains(d.tok(s).lower())
                        || NOT_NAMES.contains(d.tok(s).lower()) || d.tok(s).lower().endsWith("ing")
                        || d.tok(s).lower().endsWith("ly") || timeOpening(d, s, end))) {
            int c = s;
            while (c < end && !d.tok(c).is(",")) {
                c++;
            }
            if (c >= end) {
                return null;
            }
            s = c + 1;
            opening = true;
        }
        // "Speaking in Salem, New Hampshire, Trump said …": a place list inside the opening phrase
        while (opening) {
            int e2 = s;
            while (e2 < end && d.tok(e2).capitalized() && d.tok(e2).isWord() && !NOT_NAMES.contains(d.tok(e2).lower())) {
                e2++;
            }
            if (e2 == s || e2 + 1 >= end || !d.tok(e2).is(",")) {
                break;
            }
            TokenRange later = npWithVerb(d, e2 + 1, end);
            if (later == null || d.tok(later.to()).is(",") || d.tok(later.to()).is("'s")) {
                break; // "Asked about it, Ann Roe, Ed Lee's deputy, said": an appositive, not a place list
            }
            return later;
        }
        return npWithVerb(d, s, end);
    }

    /**
     * Whether the quotation at {@code k} closes a clause of its own (“…,” Roe said): it ends in
     * punctuation or a comma follows. A title inside the clause ("a class called “Logic” on his
     * page") does not start a new one.
     */
    private static boolean framedQuote(Doc d, int k, int end) {
        char c = d.lastChar(d.tok(k).quote());
        return c == ',' || c == '.' || c == '?' || c == '!' || k + 1 >= end || !d.tok(k + 1).isWord();
    }

    /** The first noun phrase at {@code s} when a verb-like word follows it. */
    private static TokenRange npWithVerb(Doc d, int s, int end) {
        if (s >= end) {
            return null;
        }
        Tok f = d.tok(s);
        if (isPronoun(f)) {
            return s + 1 < d.size() && d.tok(s + 1).isWord() && !f.is("it") ? new TokenRange(s, s + 1) : null;
        }
        int e = s;
        if (f.capitalized() && !NOT_NAMES.contains(f.lower())) {
            while (e < end && (d.tok(e).capitalized() || (d.tok(e).is("of") && e + 1 < end && d.tok(e + 1).capitalized()))) {
                e++;
            }
            e = pastRoleName(d, e, end);
        } else if (DETERMINERS.contains(f.lower()) && !f.is("that") && !f.is("this")) {
            e = s + 1;
            while (e < end && e - s < 5 && d.tok(e).isWord() && !verbLike(d.tok(e))) {
                e++;
            }
            if (e == s + 1) {
                return null;
            }
        } else {
            return null;
        }
        if (e >= end) {
            return null;
        }
        int after = e;
        if (d.tok(e).is("(") && f.capitalized()) {
            int close = closingParen(d, e);
            if (close > 0 && close + 1 < end) {
                after = close + 1; // "Rep. Ann Roe (D-Ohio) reacted …": the party label is skipped
            }
        }
        if (d.tok(after).is("'s") && f.capitalized()) {
            // "Ann Roe's campaign manager told …": the possessive phrase is the subject
            int p = after + 1;
            while (p < end && p - after <= 4 && d.tok(p).isWord() && !d.tok(p).capitalized() && !verbLike(d.tok(p))
                    && !DETERMINERS.contains(d.tok(p).lower())) {
                p++;
            }
            if (p == after + 1 || p >= end) {
                return null;
            }
            e = p;
            after = p;
        }
        Tok nx = d.tok(after);
        boolean verbNext = nx.isWord() && !nx.capitalized() && !PREPOSITIONS.contains(nx.lower()) && !nx.is("'s")
                && (!CLAUSE.contains(nx.lower()) || AUX.contains(nx.lower()) || Lexicon.isSpeech(nx))
                && !DETERMINERS.contains(nx.lower());
        boolean appositive = nx.is(",") && f.capitalized();
        return verbNext || appositive ? new TokenRange(s, e) : null;
    }

    /** Lower-case words that belong to a role before a name: "Cruz campaign spokesman Rick Tyler". */
    private static final java.util.Set<String> ROLE_WORDS = WordLists.load("role-words");

    /**
     * "Cruz spokesman Rick Tyler said": after a name, a role of lower-case words ending in a title and a second name
     * make one phrase; returns the end of that second name, or {@code e} when there is none.
     */
    private static int pastRoleName(Doc d, int e, int end) {
        int k = e;
        boolean title = false;
        while (k < end && k - e < 3 && d.tok(k).isWord() && !d.tok(k).capitalized() && !verbLike(d.tok(k))
                && !DETERMINERS.contains(d.tok(k).lower()) && !Lexicon.SPEECH.contains(d.tok(k).lower())) {
            title = Lexicon.TITLES.contains(d.tok(k).lower()) || ROLE_WORDS.contains(d.tok(k).lower()) && title;
            k++;
        }
        if (!title || k >= end || !d.tok(k).capitalized() || NOT_NAMES.contains(d.tok(k).lower())) {
            return e;
        }
        while (k < end && d.tok(k).capitalized()) {
            k++;
        }
        return k;
    }

    private static boolean verbLike(Tok t) {
        String l = t.lower();
        return AUX.contains(l) || Lexicon.SPEECH.contains(l) || CLAUSE.contains(l) || PREPOSITIONS.contains(l)
                || (l.endsWith("ed") && !t.capitalized()) || l.endsWith("ly");
    }

    private static final java.util.Set<String> POSSESSIVE_WORDS = WordLists.load("possessive-words");

    /** ", saying …": the nearest name or pronoun on the left that is followed by a verb-like word. */
    public static TokenRange nearestSubject(Doc d, int from, int ss) {
        for (int k = from; k >= Math.max(ss, from - 30); k--) {
            Tok t = d.tok(k);
            if (t.isQuote()) {
                return null;
            }
            if (k + 1 > from || !(isPronoun(t) || (t.capitalized() && !NOT_NAMES.contains(t.lower())))) {
                continue;
            }
            if (k - 1 >= ss && (POSSESSIVE_WORDS.contains(d.tok(k - 1).lower()) || d.tok(k - 1).is("'s")
                    || PREPOSITIONS.contains(d.tok(k - 1).lower()) && !d.tok(k - 1).is("of"))) {
                continue; // "on his Facebook page", "a swipe at Republican rival …": a modifier or object, not a subject
            }
            Tok nx = d.tok(k + 1);
            if (nx.isWord() && !nx.capitalized() && !PREPOSITIONS.contains(nx.lower()) && !CLAUSE.contains(nx.lower())
                    && !DETERMINERS.contains(nx.lower()) && !nx.is("'s")) {
                return npEndingAt(d, k, ss);
            }
        }
        return null;
    }

    /** The matching ")" of a short parenthesis opening at {@code open}, or -1. */
    public static int closingParen(Doc d, int open) {
        for (int k = open + 1; k < Math.min(d.size(), open + 8); k++) {
            if (d.tok(k).is(")")) {
                return k;
            }
            if (d.tok(k).isQuote() || d.tok(k).is("(") || d.tok(k).para() != d.tok(open).para()) {
                return -1;
            }
        }
        return -1;
    }

    /** The matching "(" of a short parenthesis closing at {@code close}, or -1. */
    public static int openingParen(Doc d, int close, int lb) {
        for (int k = close - 1; k >= Math.max(lb, close - 8); k--) {
            if (d.tok(k).is("(")) {
                return k;
            }
            if (d.tok(k).isQuote() || d.tok(k).is(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** A noun phrase ending at token {@code e} (inclusive). */
    public static TokenRange npEndingAt(Doc d, int e, int lb) {
        Tok last = d.tok(e);
        if (isPronoun(last)) {
            return new TokenRange(e, e + 1);
        }
        if (!last.isWord() || CLAUSE.contains(last.lower()) || PREPOSITIONS.contains(last.lower())
                || AUX.contains(last.lower()) || (NOT_NAMES.contains(last.lower()) && !DETERMINERS.contains(last.lower()))) {
            return null;
        }
        int s = e;
        while (s - 1 >= lb && e - s < MAX_NP) {
            Tok t = d.tok(s - 1);
            if (!t.isWord()) {
                break;
            }
            String l = t.lower();
            if (isPronoun(t) || (CLAUSE.contains(l) && !t.capitalized()) || (PREPOSITIONS.contains(l) && !l.equals("of"))
                    || Lexicon.SPEECH.contains(l) || (AUX.contains(l) && !t.capitalized())) {
                break;
            }
            if (t.capitalized() && NOT_NAMES.contains(l) && !DETERMINERS.contains(l) && !Lexicon.HONORIFICS.contains(l)
                    && !l.equals("dr.")) {
                break;
            }
            if (last.capitalized() && d.tok(s).capitalized() && !t.capitalized() && !DETERMINERS.contains(l)
                    && !Lexicon.TITLES.contains(l) && !l.equals("of") && !l.equals("'s")) {
                break; // "an interview Smith": the name starts after the common noun
            }
            s--;
        }
        // "Yesterday afternoon the senator": start at the first determiner
        for (int k = s; k < e; k++) {
            if (DETERMINERS.contains(d.tok(k).lower())) {
                s = k;
                break;
            }
        }
        if (d.tok(s).is("of") || d.tok(s).is("'s")) {
            return null;
        }
        return new TokenRange(s, e + 1);
    }

    /**
     * "Hugh Hill, a doctor who …, said": the subject is the first comma-separated segment that
     * starts with a noun phrase ("In a statement, Smith said" skips the opening phrase).
     */
    public static TokenRange appositiveSubject(Doc d, int comma, int lb) {
        int left = comma;
        int reach = Math.max(lb, comma - MAX_REACH);
        while (left - 1 >= reach) {
            Tok t = d.tok(left - 1);
            if (t.is(")")) {
                int open = openingParen(d, left - 1, reach);
                if (open > reach) {
                    left = open; // "Ann Roe, chairman of Rising (a PAC), said": the parenthesis is inside
                    continue;
                }
            }
            if (t.isQuote() || t.is(";") || t.is(":") || t.is("(") || t.is(")")) {
                break;
            }
            left--;
        }
        int segStart = left;
        for (int k = left; k <= comma; k++) {
            if (d.tok(k).is("(")) {
                int close = closingParen(d, k);
                if (close > 0 && close < comma) {
                    TokenRange np = k > segStart ? segmentNp(d, segStart, k) : null;
                    if (np != null) {
                        return np; // "Gov. John Kasich (R-OH), said"
                    }
                    k = close;
                    segStart = close + 1;
                    continue;
                }
            }
            if (k == comma || d.tok(k).is(",") || isDash(d.tok(k))) {
                TokenRange np = segmentNp(d, segStart, k);
                if (np != null) {
                    return np;
                }
                segStart = k + 1;
            }
        }
        return null;
    }

    private static final java.util.Set<String> PARTICLES = WordLists.load("particles-in-phrases");

    /** Words before "to" that make it no infinitive of the subject's verb: "a chance to say", "ready to". */
    private static final java.util.Set<String> NOUN_LIKE_BEFORE_TO = WordLists.load("noun-like-before-to");

    /** Finite verbs common in news that end a subject ("The endorsement comes …", "The music seemed …"). */
    public static final java.util.Set<String> COMMON_VERBS = WordLists.load("common-verbs");

    /**
     * A lower-case finite verb right after a noun ends a subject: an -ed form after a noun or
     * name ("the American Bar Association completed"), or a common irregular or -s form.
     * "the elected officials", "a newly formed group": after a determiner or adverb it is an adjective.
     */
    public static boolean verbAfterNoun(Tok prev, Tok t) {
        if (!t.isWord() || t.capitalized() || !prev.isWord() || DETERMINERS.contains(prev.lower())
                || prev.lower().endsWith("ly") || prev.is("of") || prev.is("'s") || isPronoun(prev)) {
            return false;
        }
        String l = t.lower();
        return (l.endsWith("ed") && l.length() > 4 && !l.endsWith("-ed")) || COMMON_VERBS.contains(l);
    }

    private static final java.util.Set<String> OBJECT_STARTS = WordLists.load("object-starts");

    /**
     * "Lee supports “…”", "Lee opposes the plan": a lower-case -s word right after a name and
     * before a quotation or an article is the name's verb, not part of the name ("Lee campaign").
     */
    public static boolean presentVerbAfterName(Doc d, int k, int e) {
        if (k + 2 >= d.size() || k + 1 >= e) {
            return false;
        }
        Tok name = d.tok(k);
        Tok t = d.tok(k + 1);
        Tok nx = d.tok(k + 2);
        String l = t.lower();
        return name.capitalized() && !DETERMINERS.contains(name.lower()) && t.isWord() && !t.capitalized()
                && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("'s") && !l.endsWith("’s")
                && (nx.isQuote() || OBJECT_STARTS.contains(nx.lower()));
    }

    /** Auxiliaries that make a capitalised -ing word a name ("Manning has said"), not an opening participle. */
    private static final java.util.Set<String> FINITE_AUX = WordLists.load("finite-aux");

    /** The noun phrase that a segment [s, e) is (or starts with), skipping leading clause words. */
    private static TokenRange segmentNp(Doc d, int s, int e) {
        while (s < e && d.tok(s).isWord() && CLAUSE.contains(d.tok(s).lower()) && !d.tok(s).is("that")) {
            s++;
        }
        if (s >= e || !startsNp(d.tok(s)) || TIME_EDGES.contains(d.tok(s).lower())) {
            return null; // "Earlier this week, Roe …": a time phrase is no subject
        }
        if (s + 1 < e && d.tok(s).capitalized() && d.tok(s).lower().endsWith("ing") && d.tok(s + 1).isWord()
                && !d.tok(s + 1).capitalized() && !FINITE_AUX.contains(d.tok(s + 1).lower())
                && !Lexicon.SPEECH.contains(d.tok(s + 1).lower()) && !d.tok(s + 1).lower().endsWith("ed")) {
            return null; // "Speaking to reporters, Smith …": an opening participle is no subject
        }
        if (isPronoun(d.tok(s))) {
            return new TokenRange(s, s + 1);
        }
        int k = s;
        while (k + 1 < e && k - s < MAX_NP) {
            Tok t = d.tok(k + 1);
            if (!t.isWord() || (CLAUSE.contains(t.lower()) && !t.capitalized())
                    || (PREPOSITIONS.contains(t.lower()) && !t.is("of")) || Lexicon.SPEECH.contains(t.lower())
                    || AUX.contains(t.lower()) || verbAfterNoun(d.tok(k), t) || finiteAfterNoun(d, k + 1)
                    || presentVerbAfterName(d, k, e)) {
                break;
            }
            k++;
        }
        if (d.tok(k).is("of")) {
            k--;
        }
        if (k < s) {
            return null;
        }
        return new TokenRange(s, k + 1);
    }

    /** A lower-case word that reads as a finite verb: an auxiliary, a speech verb, a past form, or an -s/-ed form. */
    private static boolean finiteVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && (AUX.contains(l) || Lexicon.SPEECH.contains(l) || PAST_FORMS.contains(l)
                || l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("'s"));
    }

    /** Common irregular past tenses: "The talks went", "Roe made". */
    private static final java.util.Set<String> PAST_FORMS = WordLists.load("past-forms");

    /** Words before a participle that make it a modifier: "the retired general", "a well funded group". */
    private static final java.util.Set<String> PRE_MODIFIER = WordLists.load("pre-modifier");

    /**
     * Whether the word at {@code k} is a finite verb ending a noun phrase: a past form right after a
     * noun or name ("The music seemed", "Rick Roe turned"), not after a determiner or modifier ("the retired").
     */
    private static boolean finiteAfterNoun(Doc d, int k) {
        Tok t = d.tok(k);
        Tok prev = d.tok(k - 1);
        String l = t.lower();
        if (t.capitalized() || !(l.endsWith("ed") && l.length() > 4 || PAST_FORMS.contains(l))) {
            return false;
        }
        String p = prev.lower();
        return prev.isWord() && !DETERMINERS.contains(p) && !POSSESSIVE_WORDS.contains(p) && !p.endsWith("ly")
                && !PRE_MODIFIER.contains(p) && !Character.isDigit(prev.text().charAt(0));
    }

    /** The noun phrase after an inverted verb: "said Smith", "said the senator". */
    public static TokenRange npAfter(Doc d, int from, int para) {
        if (from >= d.size() || d.tok(from).para() != para) {
            return null;
        }
        Tok f = d.tok(from);
        if (isPronoun(f)) {
            return new TokenRange(from, from + 1);
        }
        if (!f.isWord() || Lexicon.DAYS.contains(f.lower()) || !startsNp(f)) {
            return null;
        }
        int k = from;
        while (k + 1 < d.size() && d.tok(k + 1).para() == para && k - from < MAX_NP) {
            Tok t = d.tok(k + 1);
            if (!t.isWord() || (CLAUSE.contains(t.lower()) && !t.capitalized())
                    || (PREPOSITIONS.contains(t.lower()) && !t.is("of")) || Lexicon.DAYS.contains(t.lower())
                    || Lexicon.SPEECH.contains(t.lower())) {
                break;
            }
            k++;
        }
        while (k > from && (d.tok(k).is("of") || d.tok(k).is("the"))) {
            k--;
        }
        return new TokenRange(from, k + 1);
    }

    /**
     * The subject of the clause holding token {@code upTo}: the first segment of the sentence
     * that starts with a noun phrase followed by a lower-case word.
     */
    private static final java.util.Set<String> SUBORDINATORS = WordLists.load("subordinators");

    /**
     * A name followed by an appositive that a comma or dash closes before a verb ("Ann Roe, a
     * pollster who …, called it"): the name, when the appositive is one and the verb follows.
     */
    private static TokenRange appositiveBefore(Doc d, TokenRange np, int upTo) {
        Tok f = d.tok(np.from());
        if (!f.capitalized() || DETERMINERS.contains(f.lower()) || NOT_NAMES.contains(f.lower())) {
            return null;
        }
        for (int c = np.to() + 2; c < Math.min(upTo - 1, np.to() + MAX_REACH); c++) {
            Tok t = d.tok(c);
            if (t.isQuote() || t.is(";") || t.is(":")) {
                return null;
            }
            if (!(t.is(",") || isDash(t))) {
                continue;
            }
            Tok nx = d.tok(c + 1);
            if (nx.isWord() && !nx.capitalized() && !CLAUSE.contains(nx.lower()) && !PREPOSITIONS.contains(nx.lower())
                    && !DETERMINERS.contains(nx.lower()) && !isPronoun(nx) && !nx.lower().endsWith("ing")) {
                TokenRange subj = appositiveSubject(d, c, np.from());
                return subj != null && subj.from() == np.from() ? subj : null;
            }
        }
        return null;
    }

    /** A lower-case word that can only be a finite verb here: "worded", "recalls", "took". */
    private static boolean verbAfterPhrase(Tok w) {
        String l = w.lower();
        return w.isWord() && !w.capitalized() && !PREPOSITIONS.contains(l) && !CLAUSE.contains(l)
                && (l.endsWith("ed") && l.length() > 4 || COMMON_VERBS.contains(l) || Lexicon.SPEECH.contains(l));
    }

    public static TokenRange clauseSubject(Doc d, int ss, int upTo) {
        ss = Math.max(ss, upTo - 60);
        int segStart = ss;
        TokenRange pending = null; // a noun phrase closed by a comma, whose verb may follow an inserted phrase
        for (int k = ss; k <= upTo; k++) {
            if (k == upTo || d.tok(k).is(",") || d.tok(k).isQuote()) {
                if (k < upTo && d.tok(k).is(",") && segStart < k && (SUBORDINATORS.contains(d.tok(segStart).lower())
                        || timeOpening(d, segStart, k + 1))) {
                    segStart = k + 1; // "As the crowd cheered, Lind joked …": a subordinate clause's subject is not the main one
                    continue;
                }
                if (pending != null && segStart < k) {
                    Tok w = d.tok(segStart);
                    if (PREPOSITIONS.contains(w.lower()) && !w.capitalized() && d.tok(k).is(",")) {
                        segStart = k + 1; // "The campaign, in a statement, worded it …": the phrase sits between
                        continue;
                    }
                    if (verbAfterPhrase(w)) {
                        return pending;
                    }
                    pending = null;
                }
                TokenRange np = segmentNp(d, segStart, k);
                if (np != null && np.to() < k && d.tok(np.to()).isWord() && !d.tok(np.to()).capitalized()) {
                    // "Roe backed the deal, although she has “concerns”": the clause holding the quote has its own subject
                    TokenRange own = joinedPronoun(d, upTo - 1, np.to(), SUBJECT_JOINS);
                    TokenRange named = joinedName(d, upTo - 1, own != null ? own.to() : np.to());
                    own = named != null ? named : own;
                    return own != null ? own : np;
                }
                if (np != null && np.to() == k && k < upTo && d.tok(k).is(",") && np.from() == segStart
                        && (d.tok(segStart).capitalized() || DETERMINERS.contains(d.tok(segStart).lower()))
                        && !isPronoun(d.tok(segStart))) {
                    pending = np;
                }
                TokenRange named = np != null && np.to() == k && k < upTo ? appositiveBefore(d, np, upTo) : null;
                if (named != null) {
                    return named; // "Stuart Stevens, who ran the 2012 campaign, called it “…”"
                }
                if (k < upTo && d.tok(k).isQuote()) {
                    return null;
                }
                segStart = k + 1;
            }
        }
        return null;
    }
}
