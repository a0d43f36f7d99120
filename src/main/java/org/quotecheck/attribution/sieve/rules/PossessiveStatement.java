package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isArticle;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isCopula;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isTimeWord;
import static org.quotecheck.attribution.sieve.rules.StatementOwners.OWNERS;
import static org.quotecheck.attribution.sieve.rules.StatementOwners.ownerEndingAt;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.Clauses;
import java.util.Optional;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * A statement noun owned by the speaker frames the quotation: "her claim that she “…”", "his
 * promise to be “…”", "Roe's “…” pledge", "by her own admission, it was a “…”". News annotation
 * credits the owner; a report that governs the owner ("Roe said Ode's claim that “…”") decides instead.
 */
public final class PossessiveStatement extends Rule {

    public static final String ID = "possessive-statement";

    /** How far before the quotation "by her own admission" may stand. */
    private static final int OWN_ACCOUNT_WINDOW = 20;

    /** How many words of clause may stand between "claim that"/"promise to" and the quotation. */
    private static final int CLAUSE_WINDOW = 9;

    /** How many time words may stand between the noun and "that" ("his comment Monday that"). */
    private static final int TIME_WORDS = 3;

    /** How many words the object of "her description of [the plan] as “…”" may have. */
    private static final int DESCRIBED_OBJECT_WINDOW = 6;

    /** How far back prepositional phrases of time and place may reach before a colon ("his demand in Berlin in 1987:"). */
    private static final int ADJUNCT_WINDOW = 7;

    /** How many words an owner after "of"/"by"/"from" may have ("the contention of the former mayor Ann Roe that"). */
    private static final int OF_OWNER_WINDOW = 9;

    /** The owner stands at most this far before the noun: three modifiers between ("Smith's oft-repeated campaign pledge"). */
    private static final int OWNER_WINDOW = 4;

    /** Nouns for something said; the owner of one that frames a quotation said it. */
    private static final Set<String> STATEMENT_NOUNS = WordLists.load("statement-nouns");

    /** Statement nouns whose content follows as an infinitive: "his promise to be “…”". */
    private static final Set<String> TO_NOUNS = WordLists.load("to-nouns");

    /** Statement nouns that can name a quotation right after it: "Roe's “read my lips” pledge". */
    private static final Set<String> AFTER_NOUNS = WordLists.load("after-nouns");

    /** Words that end the walk back from a statement noun to its owner. */
    private static final Set<String> MODIFIER_STOP = WordLists.load("modifier-stop");

    /** "by her own admission/account": the owner vouches for the wording. */
    private static final Set<String> OWN_ACCOUNTS = WordLists.load("own-accounts");

    /** Conjunctions after which a speech verb no longer governs the owner. */
    private static final Set<String> CLAUSE_BREAKS = WordLists.load("clause-breaks");

    public PossessiveStatement() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "Reads a noun for something said that belongs to someone and frames the quotation: \"her "
                + "claim that …\", \"his promise to …\", \"the senator's answer was that …\", \"Roe's “…” "
                + "pledge\", \"the suggestion by Roe that …\", \"by her own admission\" or \"From Roe's Facebook "
                + "post:\". The owner is credited as the speaker. When the owner is \"his\" or \"her\", a named "
                + "person who is the subject of the same clause is taken as the speaker if nothing about the name "
                + "points to the other gender; \"its\" and \"their\" give way to the clause's subject. It holds "
                + "back when a speech verb governs the owner (\"Roe said Ode's claim that …\" is Roe's report), "
                + "and when the noun is not one for something said.";
    }

    @Override
    public String example() {
        return "The mayor repeated her claim that the budget was “fully balanced and fair to every district.”";
    }

    @Override
    public Optional<String> yieldsTo() {
        return Optional.of(SaidBefore.ID);
    }

    /** "Roe said Ode's claim that “…”": the report that governs the owner decides. */
    @Override
    public boolean defers(State state, Evidence own, Evidence other) {
        if (other.cue() == null) {
            return false;
        }
        Doc d = state.doc();
        int from = other.cue().to();
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

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        // "by her own admission, it was a “mistake”": the owner vouches for the wording
        for (int k = Math.max(ss, t - OWN_ACCOUNT_WINDOW); k + 2 < t; k++) {
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
            if (b.is(":") && n > ss && Documents.NOUNS.contains(d.tok(n).lower())) {
                TokenRange owner = ownerOf(d, n, ss); // "From Roe's Facebook post: “…”"
                return owner == null ? null : withOwner(d, owner, new TokenRange(n, n + 1), ss);
            }
        } else if (startsWithTo(d, q) && k == t - 1) {
            noun = TO_NOUNS.contains(b.lower()) ? k : -1; // "her commitment “to do everything …”"
        } else {
            // "claim that [clause] “…”", "promise to [verb phrase] “…”", "description of [it] as “…”"
            for (int j = k; j >= Math.max(ss, k - CLAUSE_WINDOW); j--) {
                Tok w = d.tok(j);
                if (!w.isWord() || Lexicon.isSpeechAt(d, j) || Lexicon.NAMING.contains(w.lower())) {
                    break;
                }
                if (w.is("that") && j > ss) {
                    int n = j - 1;
                    if (n > ss && isCopula(d.tok(n))) {
                        n--; // "the senator's answer was that “…”"
                    }
                    while (n > ss && n >= j - TIME_WORDS && isTimeWord(d.tok(n))) {
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
                    for (int o = j - 1; o > ss && o >= j - DESCRIBED_OBJECT_WINDOW; o--) {
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
        for (int k = n; k > ss && k >= n - ADJUNCT_WINDOW; k--) {
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

    /**
     * "the contention of the former mayor Ann Roe that …": a statement noun with its owner after "of";
     * the owner ends at {@code n}, right before "that".
     */
    private static TokenRange ofOwner(Doc d, int n, int ss) {
        for (int k = n - 1; k > ss && k >= n - OF_OWNER_WINDOW; k--) {
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
        for (int k = noun - 1; k >= Math.max(ss, noun - OWNER_WINDOW); k--) {
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

    private static boolean startsWithTo(Doc d, int q) {
        String s = d.quotes().get(q).content().of(d.text()).stripLeading();
        return s.startsWith("to ");
    }
}
