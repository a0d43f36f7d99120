package org.quotecheck.attribution.phrase;

import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import static org.quotecheck.attribution.lexicon.Lexicon.AUX;
import static org.quotecheck.attribution.lexicon.Lexicon.CLAUSE;
import static org.quotecheck.attribution.lexicon.Lexicon.DETERMINERS;
import static org.quotecheck.attribution.lexicon.Lexicon.NOT_NAMES;
import static org.quotecheck.attribution.lexicon.Lexicon.PREPOSITIONS;
import static org.quotecheck.attribution.phrase.Clauses.clauseSubject;
import static org.quotecheck.attribution.phrase.Clauses.mainSubject;
import static org.quotecheck.attribution.phrase.NounPhrases.MAX_NP;
import static org.quotecheck.attribution.phrase.NounPhrases.MAX_REACH;
import static org.quotecheck.attribution.phrase.NounPhrases.appositiveSubject;
import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;
import static org.quotecheck.attribution.phrase.NounPhrases.segmentNp;
import static org.quotecheck.attribution.phrase.VerbForms.finiteVerb;
import static org.quotecheck.attribution.phrase.VerbForms.verbAfterPhrase;
import static org.quotecheck.attribution.phrase.WordShapes.POSSESSIVE_WORDS;
import static org.quotecheck.attribution.phrase.WordShapes.isDash;
import static org.quotecheck.attribution.phrase.WordShapes.isPronoun;
import static org.quotecheck.attribution.phrase.WordShapes.isRelative;
import static org.quotecheck.attribution.phrase.WordShapes.openingParen;

/**
 * The subject of a verb (with appositives, asides, coordinated verbs and participles): looking left
 * from the verb through the sentence.
 */
public final class Subjects {

    /** Phrases (adverbs, times, places, labels) skipped between a subject and its verb before giving up. */
    private static final int MAX_SKIPS = 4;

    /** Tokens back from a verb or comma within which a clause's own he/she/they or name is looked for. */
    private static final int CLAUSE_REACH = 30;

    /** Tokens back within which "in which Roe expressed" finds its name. */
    private static final int NAME_CLAUSE_REACH = 25;

    /** The widest aside between a pronoun and its verb: "she, once again, pledged". */
    private static final int MAX_ASIDE = 5;

    /** The longest time phrase ("two weeks ago") skipped between a subject and its verb. */
    private static final int MAX_TIME_NP = 3;

    private Subjects() {
    }

    /** Subject of the verb at {@code v}, looking no further left than {@code lb}. */
    public static TokenRange subjectOf(Doc d, int v, int lb) {
        int ss = Math.max(lb, d.sentenceStart(v));
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
            if (Lexicon.PARTICLES.contains(d.tok(w).lower()) && w - 1 > ss) {
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
        for (int guard = 0; guard < MAX_SKIPS; guard++) {
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
            } else if (temporal && before >= ss && np.to() - np.from() <= MAX_TIME_NP) {
                ppEnd = -1;
                i = before;
            } else {
                boolean attach = ppEnd > 0 && ppEnd - np.from() <= MAX_NP && !isPronoun(d.tok(np.from()));
                return attach ? new TokenRange(np.from(), ppEnd) : np;
            }
        }
        return null;
    }


    /** Words before "to" that make it no infinitive of the subject's verb: "a chance to say", "ready to". */
    private static final Set<String> NOUN_LIKE_BEFORE_TO = WordLists.load("noun-like-before-to");

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
    static TokenRange joinedPronoun(Doc d, int from, int lb) {
        return joinedPronoun(d, from, lb, CLAUSE_JOINS);
    }

    static TokenRange joinedPronoun(Doc d, int from, int lb, Set<String> joins) {
        for (int k = from; k > lb && k > from - CLAUSE_REACH; k--) {
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

    /** Words before a he/she/they that open the clause a quotation stands in. */
    static final Set<String> SUBJECT_JOINS = WordLists.load("subject-joins");

    private static final Set<String> PERSONAL = WordLists.load("personal");

    /** "she, once again, pledged": the he/she/they before a short aside that the comma at {@code comma} closes. */
    private static TokenRange pronounBeforeAside(Doc d, int comma, int ss) {
        int c = comma - 1;
        while (c > ss && c > comma - MAX_ASIDE && d.tok(c).isWord()) {
            c--;
        }
        if (c == comma - 1 || c <= ss || !d.tok(c).is(",") || !PERSONAL.contains(d.tok(c - 1).lower())) {
            return null;
        }
        return new TokenRange(c - 1, c);
    }

    /** Words after which a name and a verb open the clause holding a quotation: "in which Roe expressed". */
    private static final Set<String> NAME_JOINS = WordLists.load("name-joins");

    /**
     * "… an interview, in which Roe expressed confidence that it was “…”": the nearest name (a capitalised
     * run) after a clause word and before a lower-case verb, between {@code lb} and {@code from}; or null.
     */
    static TokenRange joinedName(Doc d, int from, int lb) {
        for (int k = from; k > lb && k > from - NAME_CLAUSE_REACH; k--) {
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
    private static final Set<String> CLAUSE_JOINS = WordLists.load("clause-joins");

    /** Words that open a subordinate clause when a name or pronoun and a verb follow: "after Obama called". */
    private static final Set<String> CLAUSE_OPENERS = WordLists.load("clause-openers");

    /** Events that "after"/"before" take as an object: "fans after the game told …" is a prepositional phrase. */
    private static final Set<String> EVENTS = WordLists.load("events");

    private static boolean temporalHead(Doc d, TokenRange np) {
        String head = d.tok(np.to() - 1).lower();
        return Lexicon.TEMPORAL.contains(head) || EVENTS.contains(head);
    }

    /** A personal pronoun, or a noun phrase that starts with a name rather than a determiner. */
    private static boolean namedOrPronoun(Doc d, TokenRange np) {
        Tok f = d.tok(np.from());
        return isPronoun(f) || f.capitalized() && !DETERMINERS.contains(f.lower()) && !NOT_NAMES.contains(f.lower());
    }

    /** ", saying …": the nearest name or pronoun on the left that is followed by a verb-like word. */
    public static TokenRange nearestSubject(Doc d, int from, int ss) {
        for (int k = from; k >= Math.max(ss, from - CLAUSE_REACH); k--) {
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
}
