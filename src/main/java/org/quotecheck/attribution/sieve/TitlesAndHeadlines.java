package org.quotecheck.attribution.sieve;


import org.quotecheck.attribution.phrase.WordShapes;
import java.util.Locale;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.extraction.Span;

/** Guard: nobody says a title, a slogan, a web address or a headline's condensed quote. */
final class TitlesAndHeadlines implements Guard {

    /** The most words a headline may have: a longer first paragraph is the article's lead. */
    private static final int HEADLINE_WORDS = 30;

    /** The most words of a quoted web address; a longer quotation is a sentence that mentions one. */
    private static final int ADDRESS_WORDS = 4;

    /** The most words of a Title Case title; a longer quotation is a capitalised sentence. */
    private static final int TITLE_WORDS = 8;

    /** The most words of a title named after a noun for a work ("the podcast “…”"). */
    private static final int WORK_TITLE_WORDS = 10;

    /** How far before a named thing's noun its determiner is sought, in tokens: "a new one-act play called". */
    private static final int NOUN_PHRASE_REACH = 3;

    /** Short words that Title Case leaves in lower case: "How to Win", "Meet the Voters". */
    private static final Set<String> SMALL_WORDS = WordLists.load("small-words");

    /** Prepositions before which a named show or paper keeps its final stop: on “Meet the Voters.”. */
    private static final Set<String> TITLE_PREPOSITIONS = WordLists.load("title-prepositions");

    /** Nouns for works and programmes whose name follows them: 'the reality show “Cake Boss.”'. */
    private static final Set<String> WORKS = WordLists.load("works");

    /** Participles that introduce a name: "a play called “…”", "a group known as “…”". */
    private static final Set<String> NAMING_USE = WordLists.load("naming-use");

    /** Words that open the noun phrase of a named thing: "a play", "her new group". */
    private static final Set<String> POSSESSIVE_DETERMINERS = Lexicon.POSSESSIVE_DETERMINERS;

    @Override
    public String id() {
        return "title-or-headline";
    }

    @Override
    public String description() {
        return "Titles of works (Title Case, or Title Case right after a noun for a work), one capitalised word inside a "
                + "sentence (a term or a nickname), named things (a play called “…”), web addresses and quotations in a "
                + "headline (a first paragraph of one short sentence: headlines condense quotes, the body repeats them with "
                + "their frame) are left unattributed: no rule runs for them.";
    }

    @Override
    public String example() {
        return "She hosts the podcast “So, That Happened.”";
    }

    @Override
    public boolean holds(State state, int q) {
        return titleLike(state.doc(), q) || inHeadline(state.doc(), q);
    }

    @Override
    public boolean stopsBefore(Rule rule, State state, int q) {
        return true;
    }

    /**
     * A quotation in the article's headline: a first paragraph of one short sentence with more text
     * after it. Headlines condense quotations (and often alter them); the body repeats them with their
     * frame, so the headline's copy is left to the reviewer unattributed.
     */
    private static boolean inHeadline(Doc d, int q) {
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
        return sentences <= 1 && words <= HEADLINE_WORDS;
    }

    /** Title Case without a closing full stop ("Crooked America: How to Win"), or a web address. */
    private static boolean titleLike(Doc d, int q) {
        Span c = d.quotes().get(q).content();
        String s = c.of(d.text());
        if ((s.contains("http") || s.contains("www.") || s.contains(".com")) && d.wordCount(q) <= ADDRESS_WORDS) {
            return true; // a web address, not a sentence that mentions one
        }
        int t = d.quoteTok(q);
        if (namedThing(d, t) || namedWork(d, q, s)) {
            return true;
        }
        // a show or paper named after a preposition keeps its final stop: on “Meet the Voters.”
        boolean named = t > 0 && TITLE_PREPOSITIONS.contains(d.tok(t - 1).lower()) && d.lastChar(q) != '?';
        if ((d.endsSentence(q) && !named) || d.lastChar(q) == ',' && !named || d.wordCount(q) > TITLE_WORDS) {
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
            } else if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return 0;
            }
        }
        return caps;
    }

    /** A Title Case quotation right after a noun for a work ("the podcast “So, That Happened.”"). */
    private static boolean namedWork(Doc d, int q, String s) {
        int k = d.quoteTok(q) - 1;
        if (k >= 0 && d.tok(k).is(",")) {
            k--;
        }
        if (k < 0 || !WORKS.contains(d.tok(k).lower()) || d.tok(k).capitalized() || d.wordCount(q) > WORK_TITLE_WORDS) {
            return false;
        }
        return titleCaseWords(s) >= 1;
    }

    /**
     * "a play called “…”", "a group known as “…”", "an ad titled “…”": the quotation names the thing
     * a common noun phrase before it stands for; nobody says it.
     */
    private static boolean namedThing(Doc d, int t) {
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
        for (int b = n - 1; b >= Math.max(0, n - NOUN_PHRASE_REACH); b--) {
            if (POSSESSIVE_DETERMINERS.contains(d.tok(b).lower())) {
                return true;
            }
            if (!d.tok(b).isWord()) {
                return false;
            }
        }
        return false;
    }
}
