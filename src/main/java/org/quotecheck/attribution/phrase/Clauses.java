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
import static org.quotecheck.attribution.phrase.NounPhrases.MAX_REACH;
import static org.quotecheck.attribution.phrase.NounPhrases.appositiveSubject;
import static org.quotecheck.attribution.phrase.NounPhrases.segmentNp;
import static org.quotecheck.attribution.phrase.Subjects.SUBJECT_JOINS;
import static org.quotecheck.attribution.phrase.Subjects.joinedName;
import static org.quotecheck.attribution.phrase.Subjects.joinedPronoun;
import static org.quotecheck.attribution.phrase.VerbForms.verbAfterPhrase;
import static org.quotecheck.attribution.phrase.VerbForms.verbLike;
import static org.quotecheck.attribution.phrase.WordShapes.closingParen;
import static org.quotecheck.attribution.phrase.WordShapes.isDash;
import static org.quotecheck.attribution.phrase.WordShapes.isPronoun;
import static org.quotecheck.attribution.phrase.WordShapes.timeOpening;

/**
 * The subject of a clause seen from its start: the main clause of a sentence part after an opening
 * phrase, and the clause holding a quotation.
 */
public final class Clauses {

    /** Words a determiner phrase subject ("the new mayor") may have before its verb. */
    private static final int MAX_DETERMINER_NP = 5;

    /** Lower-case role words between two names: "Cruz campaign spokesman Rick Tyler". */
    private static final int MAX_ROLE_WORDS = 3;

    /** Tokens before a quotation within which its clause's subject is looked for. */
    private static final int MAX_CLAUSE = 60;

    private Clauses() {
    }

    /**
     * The subject of the main clause of the sentence part [ss, end): its first noun phrase after
     * an opening phrase ("On Monday, Smith …", "Speaking to reporters, Smith …"), when it is a
     * pronoun, a name (with a title) or a short determiner phrase followed by a verb-like word.
     */
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
            while (e < end && e - s < MAX_DETERMINER_NP && d.tok(e).isWord() && !verbLike(d.tok(e))) {
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
    private static final Set<String> ROLE_WORDS = WordLists.load("role-words");

    /**
     * "Cruz spokesman Rick Tyler said": after a name, a role of lower-case words ending in a title and a second name
     * make one phrase; returns the end of that second name, or {@code e} when there is none.
     */
    private static int pastRoleName(Doc d, int e, int end) {
        int k = e;
        boolean title = false;
        while (k < end && k - e < MAX_ROLE_WORDS && d.tok(k).isWord() && !d.tok(k).capitalized() && !verbLike(d.tok(k))
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

    /** Words that open a subordinate clause before the main one: "As the crowd cheered, Lind joked". */
    private static final Set<String> SUBORDINATORS = WordLists.load("subordinators");

    /**
     * The subject of the clause holding token {@code upTo}: the first segment of the sentence
     * that starts with a noun phrase followed by a lower-case word.
     */
    public static TokenRange clauseSubject(Doc d, int ss, int upTo) {
        ss = Math.max(ss, upTo - MAX_CLAUSE);
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
}
