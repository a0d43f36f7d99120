package org.quotecheck.attribution.names;

import org.quotecheck.attribution.entity.MentionType;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.names.NameResolver.Entity;
import org.quotecheck.attribution.names.NameResolver.Resolved;
import org.quotecheck.attribution.phrase.Clauses;
import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

import java.util.HashMap;
import java.util.Map;

/** "he" and "she": the person a pronoun refers to, by sentence subject, last speaker and gender. */
final class Pronouns {

    /** Entities back within which a person of the other gender counts as "named nearby". */
    private static final int GENDER_REACH = 60;

    /** Tokens into a subject phrase a name may start and still be what the phrase is. */
    private static final int NAME_DEPTH = 3;

    /** Tokens from a sentence start within which its first person counts as its subject. */
    private static final int EARLY_NAME = 12;

    private final Doc doc;
    private final Entities entities;

    Pronouns(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /** The nearest earlier person of known gender {@code g} within a window, or null. */
    private Entity nearestOfGender(int at, char g) {
        for (int k = entities.indexBefore(at); k >= 0 && k > entities.indexBefore(at) - GENDER_REACH; k--) {
            Entity e = entities.get(k);
            if (personOfGender(e, at, g)) {
                return e;
            }
        }
        return null;
    }

    /** A person (no organisation) whose fullest name at {@code at} has the known gender {@code g}. */
    private boolean personOfGender(Entity e, int at, char g) {
        if (!e.person() || !entities.isPerson(entities.fullName(e))) {
            return false;
        }
        Entity full = entities.fullest(e.words(), at);
        return entities.gender(full != null ? full : e) == g;
    }

    /** Gender wildcard: "the memo", "the ad" may be anyone's. */
    static final char ANY = '*';

    /**
     * The person the text is about at {@code at}: the subject of its sentence before it, else of the
     * sentence before (any gender). Null when neither names a person.
     */
    Resolved salientPerson(int at) {
        Entity subject = subjectOfGender(at, ANY);
        if (subject == null) {
            return null;
        }
        Entity full = entities.fullest(subject.words(), at);
        String name = full != null ? full.name() : subject.name();
        return new Resolved(name, entities.roleOf(name), true, MentionType.PERSON);
    }

    private Entity subjectOfGender(int at, char g) {
        int ss = doc.sentenceStart(at);
        Entity e = ss < at ? subjectEntity(ss, at, g, true) : null;
        int end = ss;
        for (int back = 0; e == null && back < SENTENCES_BACK && end > 0; back++) {
            if (doc.tok(end - 1).para() < doc.tok(at).para() - 1) {
                break;
            }
            int ps = doc.sentenceStart(end - 1);
            e = subjectEntity(ps, end, g, false);
            if (e != null || g == ANY || !passable(ps, end, g)) {
                break;
            }
            end = ps;
        }
        return e;
    }

    /** Sentences back a pronoun looks for its subject, past quotation-only sentences and other-gender subjects. */
    private static final int SENTENCES_BACK = 3;

    /**
     * Whether the search for "he"/"she" ({@code g}) may look past the sentence [s, end): it is only a
     * quotation (the speaker's words go on), or its subject is a person of the other gender ("His
     * opponent, Hillary Clinton, won Georgia. He told the crowd …").
     */
    private boolean passable(int s, int end, char g) {
        boolean quoteOnly = true;
        for (int k = s; k < end && quoteOnly; k++) {
            quoteOnly = !doc.tok(k).isWord();
        }
        if (quoteOnly) {
            return true;
        }
        TokenRange r = subjectBeforeQuote(s, end);
        if (r == null) {
            return false;
        }
        r = beforeAppositive(r);
        String l = doc.tok(r.from()).lower();
        if (l.equals(g == 'f' ? "he" : "she")) {
            return true;
        }
        if (r.to() + 1 < end && doc.tok(r.to()).is(",") && describes(r.from()) && personAt(r.to() + 1) != null) {
            r = new TokenRange(r.to() + 1, r.to() + 1 + personAt(r.to() + 1).words().size()); // "His opponent, Grace Holloway, …"
        }
        for (int k = entities.indexBefore(r.to()); k >= 0 && entities.get(k).tok() >= r.from(); k--) {
            Entity en = entities.get(k);
            Entity full = entities.fullest(en.words(), end);
            char eg = en.person() ? entities.gender(full != null ? full : en) : 0;
            if (eg != 0 && eg != g) {
                return true;
            }
        }
        return false;
    }

    /** The person named by the main subject of the sentence part [s, end) before its first quotation. */
    private Entity subjectEntity(int s, int end, char g, boolean own) {
        s = afterLinks(s, end);
        int e = s;
        while (e < end && !doc.tok(e).isQuote()) {
            e++;
        }
        Entity inverted = invertedSpeaker(s, e);
        if (inverted != null) {
            return agrees(inverted, end, g, own) ? inverted : null;
        }
        TokenRange r = e > s ? Clauses.mainSubject(doc, s, e) : null;
        if (r != null && WordShapes.isPronoun(doc.tok(r.from()))) {
            return null;
        }
        if (r != null) {
            r = beforeAppositive(r); // "Jan Brewer, an early supporter of Trump, calls …": the head is Jan Brewer
            if (r.to() + 1 < e && doc.tok(r.to()).is(",") && describes(r.from())) {
                Entity named = personAt(r.to() + 1); // "An enthusiastic Sanders supporter, Seacord complained …"
                if (named != null) {
                    return agrees(named, end, g, own) ? named : null;
                }
            }
        }
        if (r != null && doc.tok(r.from()).capitalized() && !Lexicon.DETERMINERS.contains(doc.tok(r.from()).lower())) {
            for (int k = entities.indexBefore(r.to()); k >= 0 && entities.get(k).tok() >= r.from(); k--) {
                Entity en = entities.get(k);
                if (en.tok() > r.from() + NAME_DEPTH && en.tok() + en.words().size() < r.to()) {
                    continue; // a name deep inside a long phrase is not what the phrase is; one ending it is
                }
                if (en.person() && entities.isPerson(entities.fullName(en))) {
                    return agrees(en, end, g, own) ? en : null;
                }
            }
        }
        // "The leader of the league, Ann Roe, warned …": the first person named early in the sentence
        for (int k = entities.indexBefore(e) ; k >= 0 && entities.get(k).tok() >= s; k--) {
            Entity en = entities.get(k);
            boolean first = en.person() && entities.isPerson(entities.fullName(en)) && en.tok() < s + EARLY_NAME;
            for (int j = k - 1; first && j >= 0 && entities.get(j).tok() >= s; j--) {
                Entity other = entities.get(j);
                first = !(other.person() && entities.isPerson(entities.fullName(other)));
            }
            if (first) {
                int before = en.tok() - 1;
                int after = en.tok() + en.words().size();
                boolean modifier = before >= s && (Lexicon.PREPOSITIONS.contains(doc.tok(before).lower())
                        || Lexicon.NOUN_MARKERS.contains(doc.tok(before).lower()))
                        || after < doc.size() && doc.tok(after).is("'s");
                return !modifier && agrees(en, end, g, false) ? en : null;
            }
        }
        return null;
    }

    /**
     * The token of a "he"/"she" of gender {@code g} that is the subject of the pronoun's sentence (before
     * it) or, when that has none, of the sentence before; -1 when there is none.
     */
    private int pronounSubject(int at, char g) {
        int ss = doc.sentenceStart(at);
        String same = g == 'f' ? "she" : "he";
        TokenRange r = ss < at ? subjectBeforeQuote(ss, at) : null;
        int end = ss;
        for (int back = 0; r == null && back < SENTENCES_BACK && end > 0; back++) {
            if (doc.tok(end - 1).para() < doc.tok(at).para() - 1) {
                break;
            }
            int ps = doc.sentenceStart(end - 1);
            r = subjectBeforeQuote(ps, end);
            if (r == null) {
                // "“It will resonate,” she said.": the speaker after the quotation is the sentence's subject
                for (int k = ps; k + 1 < end; k++) {
                    if (doc.tok(k).lower().equals(same) && Lexicon.isSpeech(doc.tok(k + 1))) {
                        return k;
                    }
                }
                if (!passable(ps, end, g)) {
                    break;
                }
            }
            end = ps;
        }
        if (r == null || r.to() - r.from() != 1 || r.from() >= at) {
            return -1;
        }
        return doc.tok(r.from()).lower().equals(same) ? r.from() : -1;
    }

    private TokenRange subjectBeforeQuote(int s, int end) {
        s = afterLinks(s, end);
        int e = s;
        while (e < end && !doc.tok(e).isQuote()) {
            e++;
        }
        return e > s ? Clauses.mainSubject(doc, s, e) : null;
    }

    /**
     * "Mandates are a burden, said Wilcox, an Orlando Republican.": after a comma, a speech verb and
     * then a person's name: that person is the subject of the sentence's main clause.
     */
    private Entity invertedSpeaker(int s, int e) {
        // "…, Hennessey said, and …": a parenthetical attribution names the sentence's speaker too
        for (int k = s + 1; k + 2 <= e; k++) {
            if (doc.tok(k - 1).is(",") && Lexicon.isSpeech(doc.tok(k + 1)) && !doc.tok(k + 2).isWord()) {
                int at = entities.indexBefore(k + 1);
                if (at >= 0) {
                    Entity en = entities.get(at);
                    if (en.tok() == k && en.words().size() <= 3 && en.person() && entities.isPerson(entities.fullName(en))) {
                        return en;
                    }
                }
            }
        }
        for (int k = s + 2; k + 1 < e; k++) {
            if (doc.tok(k - 1).is(",") && Lexicon.isSpeech(doc.tok(k))) {
                int at = entities.indexBefore(k + 2);
                if (at >= 0) {
                    Entity en = entities.get(at);
                    if (en.tok() == k + 1 && en.person() && entities.isPerson(entities.fullName(en))) {
                        return en;
                    }
                }
            }
        }
        return null;
    }

    /** "a", "the", "his", "her": the phrase at {@code k} describes someone rather than naming them. */
    private boolean describes(int k) {
        String l = doc.tok(k).lower();
        return Lexicon.DETERMINERS.contains(l) || Lexicon.POSSESSIVE_DETERMINERS.contains(l)
                || k + 1 < doc.size() && (doc.tok(k + 1).is("'s") || doc.tok(k + 1).is("’s")); // "Trump's attorney, Alan Garten,"
    }

    /** The person whose name starts at token {@code k}, or null. */
    private Entity personAt(int k) {
        int at = entities.indexBefore(k + 1);
        if (at < 0) {
            return null;
        }
        Entity en = entities.get(at);
        return en.tok() == k && en.person() && entities.isPerson(entities.fullName(en)) ? en : null;
    }

    /** "And then he promised …": the words before a subject that leave it the subject are skipped. */
    private int afterLinks(int s, int end) {
        while (s < end - 1 && Lexicon.SENTENCE_LINKS.contains(doc.tok(s).lower())) {
            s++;
        }
        return s;
    }

    /**
     * The subject phrase up to its first comma: what follows a comma is an appositive about it. A
     * description before the comma and a person's name after it ("An enthusiastic Sanders supporter,
     * Seacord complained …") is the reverse: the name is the subject.
     */
    private TokenRange beforeAppositive(TokenRange r) {
        for (int k = r.from() + 1; k < r.to(); k++) {
            if (doc.tok(k).is(",")) {
                boolean description = describes(r.from());
                if (description && k + 1 < r.to() && personAt(k + 1) != null) {
                    return new TokenRange(k + 1, r.to());
                }
                return new TokenRange(r.from(), k);
            }
        }
        return r;
    }

    /**
     * Whether a person can be "he"/"she" ({@code g}) at {@code at}: a known gender that matches, or an
     * unknown one when it is the subject of the pronoun's own sentence or no person of that gender is
     * named between them.
     */
    private boolean agrees(Entity en, int at, char g, boolean ownSubject) {
        Entity full = entities.fullest(en.words(), at);
        if ((full != null ? full : en).words().size() < 2) {
            return false; // "Florida", "Democratic": a lone word is too weak to override the last speaker
        }
        if (g == ANY) {
            return true;
        }
        char eg = entities.gender(full != null ? full : en);
        if (eg != 0 || ownSubject) {
            return eg == g || eg == 0; // "Bush went after Trump, when he …": the subject of the pronoun's own sentence
        }
        for (int k = entities.indexBefore(at); k >= 0 && entities.get(k).tok() > en.tok(); k--) {
            if (personOfGender(entities.get(k), at, g)) {
                return false;
            }
        }
        return true;
    }

    /** "he"/"she": the last speaker when there is one, else the nearest earlier person. */
    Resolved pronoun(int at, String lastPersonName, char g) {
        Resolved known = chains.get(at);
        if (known != null) {
            return known;
        }
        Resolved r = resolvePronoun(at, lastPersonName, g, 0);
        chains.put(at, r);
        return r;
    }

    /** Pronouns already resolved, by token: a chain of "she … She … she" is resolved once. */
    private final Map<Integer, Resolved> chains = new HashMap<>();

    /** How many "she"s back a chain of subject pronouns is followed. */
    private static final int CHAIN_DEPTH = 4;

    private Resolved resolvePronoun(int at, String lastPersonName, char g, int depth) {
        Entity subject = subjectOfGender(at, g);
        if (subject == null && depth < CHAIN_DEPTH) {
            // "She predicts … “…,” she said": the subject "She" before is the same person, already resolved
            int before = pronounSubject(at, g);
            if (before >= 0) {
                Resolved known = chains.get(before);
                if (known == null) {
                    known = resolvePronoun(before, lastPersonName, g, depth + 1);
                    chains.put(before, known);
                }
                if (known.name() != null) {
                    return known;
                }
            }
        }
        if (subject != null) {
            Entity full = entities.fullest(subject.words(), at);
            String name = full != null ? full.name() : subject.name();
            return new Resolved(name, entities.roleOf(name));
        }
        if (lastPersonName != null && entities.isPerson(lastPersonName)) {
            Entity last = entities.fullestByName(lastPersonName);
            char lg = last == null ? 0 : entities.gender(last);
            // "she" is the marked pronoun: after a speaker of unknown gender, a woman named nearby wins
            if (lg == g || lg == 0 && (g == 'm' || nearestOfGender(at, g) == null)) {
                return new Resolved(lastPersonName, entities.roleOf(lastPersonName));
            }
        }
        // "she" after a man spoke: the nearest earlier person who agrees, a known gender first
        Entity found = null;
        Entity unknown = null;
        for (int k = entities.indexBefore(at); k >= 0 && k > entities.indexBefore(at) - Entities.TITLE_REACH; k--) {
            Entity e = entities.get(k);
            if (!e.person() || !entities.isPerson(entities.fullName(e))) {
                continue;
            }
            Entity full = entities.fullest(e.words(), at);
            char eg = entities.gender(full != null ? full : e);
            if (eg == g) {
                found = e;
                break;
            }
            if (eg == 0 && unknown == null) {
                unknown = e;
            }
        }
        if (found == null) {
            found = unknown;
        }
        if (found == null) {
            return new Resolved(null, null);
        }
        Entity full = entities.fullest(found.words(), at);
        String name = full != null ? full.name() : found.name();
        return new Resolved(name, entities.roleOf(name));
    }
}
