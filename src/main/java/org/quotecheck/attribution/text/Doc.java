package org.quotecheck.attribution.text;

import org.quotecheck.attribution.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotecheck.extraction.Quotation;
import org.quotecheck.extraction.Span;

/**
 * One article prepared for the sieve: its paragraphs, quotations and tokens (each quotation one
 * QUOTE token), with sentence numbers. Built once per extraction; read-only afterwards.
 */
public final class Doc {
    private final String text;
    private final List<Span> paragraphs;
    private final List<Quotation> quotes;
    private final List<Tok> toks = new ArrayList<>();
    private final List<Tok> tokensView = Collections.unmodifiableList(toks);
    private final int[] quoteTok;
    private int[] sentence;
    private int[] sentenceStart;
    private int[] sentenceEnd;
    /** Words capitalised away from a sentence start; built on first use (one thread per Doc). */
    private Set<String> midSentenceCapitals;

    public Doc(String text, List<Span> paragraphs, List<Quotation> quotes) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.quotes = quotes;
        this.quoteTok = new int[quotes.size()];
        tokenize();
        sentences();
    }

    /** Java's isWhitespace misses the no-break space that news sites use. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Tokens a dateline ("WASHINGTON, Dec. 8 —") may run before its dash. */
    private static final int DATELINE_REACH = 15;

    /** Tokens after a quotation within which a speech verb still makes "“…” Smith said" its frame. */
    private static final int FRAME_REACH = 5;

    /** Reading past either end gives this empty end-of-text token, so frames at the edges need no bounds checks. */
    private static final Tok EDGE = new Tok(0, 0, Tok.Kind.PUNCT, "", "", -1, -1);

    public Tok tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : EDGE;
    }

    public int size() {
        return toks.size();
    }

    /** The article text the token and quotation offsets refer to. */
    public String text() {
        return text;
    }

    /** All tokens, read-only. */
    public List<Tok> tokens() {
        return tokensView;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Quotation> quotes() {
        return quotes;
    }

    /** The index of the QUOTE token that stands for quotation {@code q}. */
    public int quoteTok(int q) {
        return quoteTok[q];
    }

    /** The sentence number of token {@code i}. */
    public int sentence(int i) {
        return sentence[i];
    }

    /** The first token of the sentence holding token {@code i}. */
    public int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** The token after the last one of the sentence holding token {@code i}. */
    public int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** Whether the article writes {@code word} capitalised somewhere other than at a sentence start. */
    public boolean capitalisedMidSentence(String word) {
        if (midSentenceCapitals == null) {
            midSentenceCapitals = midSentenceCapitals(); // built once per article, on first need
        }
        return midSentenceCapitals.contains(word);
    }

    /** Names: words capitalised mid-sentence somewhere, or opening two sentences and never written in lower case. */
    private Set<String> midSentenceCapitals() {
        Set<String> words = new HashSet<>();
        Map<String, Integer> openers = new HashMap<>();
        Set<String> lower = new HashSet<>();
        for (int k = 0; k < size(); k++) {
            Tok t = tok(k);
            if (!t.isWord()) {
                continue;
            }
            if (!t.capitalized()) {
                lower.add(t.lower());
            } else if (k > 0 && k != sentenceStart[k] && !tok(k - 1).isQuote() && !tok(k - 1).is(":")) {
                words.add(t.text());
            } else {
                openers.merge(t.text(), 1, Integer::sum);
            }
        }
        openers.forEach((w, n) -> {
            if (n >= 2 && !lower.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        });
        return words;
    }

    private void tokenize() {
        int q = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int i = para.start();
            int end = para.end();
            while (i < end) {
                if (q < quotes.size() && quotes.get(q).outer().start() <= i) {
                    Quotation quote = quotes.get(q);
                    int qe = Math.max(quote.outer().end(), i + 1);
                    quoteTok[q] = toks.size();
                    toks.add(new Tok(quote.outer().start(), qe, Tok.Kind.QUOTE, "\"", "\"", p, q));
                    q++;
                    i = qe;
                    continue;
                }
                char c = text.charAt(i);
                if (Doc.isSpace(c)) {
                    i++;
                    continue;
                }
                int limit = q < quotes.size() ? Math.min(end, quotes.get(q).outer().start()) : end;
                if (Character.isLetterOrDigit(c)) {
                    i = word(i, limit, p);
                } else {
                    int e = i + 1;
                    if (c == '-' && e < limit && text.charAt(e) == '-') {
                        e++;
                    }
                    String s = text.substring(i, e);
                    toks.add(new Tok(i, e, Tok.Kind.PUNCT, s, s, p, -1));
                    i = e;
                }
            }
            // quotations of an empty remainder (cannot happen) are skipped safely
        }
        while (q < quotes.size()) {
            quoteTok[q] = Math.max(0, toks.size() - 1);
            q++;
        }
    }

    private boolean midSentence(int p) {
        if (toks.isEmpty()) {
            return false;
        }
        Tok prev = toks.get(toks.size() - 1);
        return prev.para() == p && !prev.is(".") && !prev.is("?") && !prev.is("!") && !prev.is(":")
                && !(prev.isQuote() && prev.end() >= 2 && ".?!".indexOf(text.charAt(prev.end() - 2)) >= 0);
    }

    private boolean nextIsDigitOrComma(int j, int limit) {
        int k = j;
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        return k < limit && (Character.isDigit(text.charAt(k)) || text.charAt(k) == ',');
    }

    private boolean prevIsPreposition() {
        Tok prev = toks.isEmpty() ? null : toks.get(toks.size() - 1);
        return prev != null && (Lexicon.PREPOSITIONS.contains(prev.lower()) || prev.is("since") || prev.is("until")
                || prev.is("early") || prev.is("late") || prev.is("mid") || prev.is("last") || prev.is("next")
                || prev.is("this"));
    }

    private int word(int i, int limit, int p) {
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.' || c == '&') && j + 1 < limit
                    && Character.isLetterOrDigit(text.charAt(j + 1))) {
                if ((c == '\'' || c == '’') && j + 2 <= limit && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 == limit || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    break; // possessive 's becomes its own token
                }
                j++;
            } else {
                break;
            }
        }
        String w = text.substring(i, j);
        String lower = w.toLowerCase(Locale.ROOT);
        if (j < limit && text.charAt(j) == '.' && (lower.contains(".") || Lexicon.ABBREVIATIONS.contains(lower)
                || (w.length() == 1 && Character.isUpperCase(w.charAt(0))))) {
            j++;
            w = text.substring(i, j);
            lower = w.toLowerCase(Locale.ROOT);
        }
        if ((lower.equals("will") || lower.equals("may")) && Character.isUpperCase(w.charAt(0)) && midSentence(p)
                && !(lower.equals("may") && (nextIsDigitOrComma(j, limit) || prevIsPreposition()))) {
            lower = lower + "#name"; // "…,” Will wrote", "Theresa May said": a capitalised modal mid-sentence is a name
        }
        toks.add(new Tok(i, j, Tok.Kind.WORD, w, lower, p, -1));
        if (j + 1 < limit && (text.charAt(j) == '\'' || text.charAt(j) == '’')
                && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 == limit || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
            toks.add(new Tok(j, j + 2, Tok.Kind.WORD, text.substring(j, j + 2), "'s", p, -1));
            j += 2;
        }
        return j;
    }

    /** Sentence numbers: a new sentence after . ? ! (or a quotation ending in one) before a capital. */
    private void sentences() {
        sentence = new int[toks.size()];
        boolean[] afterDateline = datelines();
        int s = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (i > 0) {
                Tok prev = toks.get(i - 1);
                Tok cur = toks.get(i);
                if (prev.para() != cur.para() || afterDateline[i]) {
                    s++;
                } else if (prev.kind() == Tok.Kind.PUNCT && (prev.is(".") || prev.is("?") || prev.is("!") || prev.is(";"))
                        && (cur.capitalized() || cur.isQuote() || prev.is(";"))) {
                    s++;
                } else if (prev.isQuote() && endsSentence(prev.quote()) && (cur.capitalized() || cur.isQuote())
                        && !Lexicon.isSpeech(cur) && !(i + 1 < toks.size() && startsFrame(i))) {
                    s++;
                }
            }
            sentence[i] = s;
        }
        sentenceStart = new int[toks.size()];
        sentenceEnd = new int[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            sentenceStart[i] = i > 0 && sentence[i - 1] == sentence[i] ? sentenceStart[i - 1] : i;
        }
        for (int i = toks.size() - 1; i >= 0; i--) {
            sentenceEnd[i] = i + 1 < toks.size() && sentence[i + 1] == sentence[i] ? sentenceEnd[i + 1] : i + 1;
        }
    }

    /**
     * "WASHINGTON, Dec. 8 —", "NEW YORK (Reuters) -": a paragraph that opens with a word in capitals
     * followed, before any lower-case word, by a dash has a dateline; the story's first sentence
     * starts after the dash, so the place is never a clause subject.
     */
    private boolean[] datelines() {
        boolean[] after = new boolean[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (i > 0 && toks.get(i - 1).para() == t.para() || !t.isWord() || t.text().length() < 2
                    || !t.text().equals(t.text().toUpperCase(Locale.ROOT))
                    || !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(toks.size() - 1, i + DATELINE_REACH) && toks.get(k).para() == t.para(); k++) {
                Tok x = toks.get(k);
                if (x.is("—") || x.is("–") || x.is("-") || x.is("--") || x.is("―")) {
                    if (toks.get(k + 1).para() == t.para()) {
                        after[k + 1] = true;
                    }
                    break;
                }
                if (x.isQuote() || x.isWord() && Character.isLowerCase(x.text().charAt(0))) {
                    break;
                }
            }
        }
        return after;
    }

    /** "“…” Smith said" after a full stop is still the quotation's frame. */
    private boolean startsFrame(int i) {
        for (int k = i; k < Math.min(toks.size(), i + FRAME_REACH); k++) {
            Tok t = toks.get(k);
            if (Lexicon.isSpeech(t)) {
                return true;
            }
            if (!t.isWord() || (!t.capitalized() && !Lexicon.AUX.contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    /** The last character inside the quotation. */
    public char lastChar(int quote) {
        Span c = quotes.get(quote).content();
        return c.length() == 0 ? ' ' : text.charAt(c.end() - 1);
    }

    public boolean endsSentence(int quote) {
        char c = lastChar(quote);
        return c == '.' || c == '?' || c == '!';
    }

    public int wordCount(int quote) {
        Span c = quotes.get(quote).content();
        int n = 0;
        boolean in = false;
        for (int i = c.start(); i < c.end(); i++) {
            boolean w = !Doc.isSpace(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    public Span span(int from, int toExclusive) {
        return new Span(toks.get(from).start(), toks.get(toExclusive - 1).end());
    }
}
