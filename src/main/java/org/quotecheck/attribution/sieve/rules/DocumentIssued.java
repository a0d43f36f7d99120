package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.sieve.rules.NominalWords.isTimeWord;

import org.quotecheck.attribution.phrase.Subjects;
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
 * Whoever put out a document speaks through it: "The council issued a statement Monday calling
 * the ruling “…”", "Roe sent out an email to supporters, saying “…”", "Roe released a statement: “…”".
 */
public final class DocumentIssued extends Rule {

    public static final String ID = "document-issued";

    /** How far before the quotation the document noun may stand ("released a statement late Monday night saying"). */
    private static final int DOCUMENT_WINDOW = 16;

    /** How many modifiers may stand between the issuing verb and the document ("sent a short, angry email"). */
    private static final int MAX_MODIFIERS = 3;

    /** Participles that carry a document's content to the quotation ("a statement saying …"). */
    private static final Set<String> CONTENT_LINKS = WordLists.load("content-links");

    public DocumentIssued() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads a document put out by someone and carrying the quotation as its content: \"released a "
                + "statement Monday calling the ruling “…”\", \"sent out an email to supporters, saying “…”\", "
                + "\"issued a statement: “…”\". Whoever issued, sent, posted or delivered the statement, memo, "
                + "email or speech is credited. It holds back when the quotation is not the document's content "
                + "(\"released a statement about the “…” plan\"), when the issuer is no plausible speaker, and "
                + "when a speech verb whose subject stands before the issuing verb reports the whole "
                + "(\"Roe said she issued a statement: “…”\" is Roe's report).";
    }

    @Override
    public String example() {
        return "The council released a statement on Monday calling the ruling “a victory for every tenant in the city.”";
    }

    @Override
    public Optional<String> yieldsTo() {
        return Optional.of(SaidBefore.ID);
    }

    /** "Roe said she issued a statement: “…”": the speech verb's own subject, standing before the document, decides. */
    @Override
    public boolean defers(State state, Evidence own, Evidence other) {
        return other.mention() != null && other.mention().from() < own.cue().from();
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        boolean linked = t - 1 >= ss && (d.tok(t - 1).is(",") || d.tok(t - 1).is(":"));
        for (int n = t - 1; n > ss && n >= t - DOCUMENT_WINDOW; n--) {
            Tok w = d.tok(n);
            if (w.isQuote() || w.is(";") || w.is("(") || w.is(")")) {
                return null;
            }
            if (CONTENT_LINKS.contains(w.lower())) {
                // "a statement that …" links; "a letter to the firm that fired him" is a relative clause on "firm"
                Tok prev = d.tok(n - 1);
                linked |= !(w.is("that") || w.is("which")) || Documents.NOUNS.contains(prev.lower()) || isTimeWord(prev)
                        || prev.is(",") && n - 2 > ss && Documents.NOUNS.contains(d.tok(n - 2).lower());
                continue;
            }
            if (!Documents.NOUNS.contains(w.lower()) || n + 1 < d.size() && Documents.NOUNS.contains(d.tok(n + 1).lower())) {
                continue; // "a fundraising email": the last noun is the head
            }
            if (!linked) {
                return null; // "released a statement about the “…” plan": the quotation is no content of it
            }
            int p = n - 1;
            int mods = 0;
            while (p > ss && mods < MAX_MODIFIERS && !Documents.ISSUING.contains(d.tok(p).lower())) {
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
            if (p <= ss || !Documents.ISSUING.contains(d.tok(p).lower()) || d.tok(p).is("put") && !d.tok(p + 1).is("out")) {
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
}
