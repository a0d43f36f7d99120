package org.quotecheck.attribution.names;

import java.util.Set;
import org.quotecheck.attribution.entity.MentionType;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.names.NameResolver.Entity;
import org.quotecheck.attribution.names.NameResolver.Resolved;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * Mentions that describe rather than name: a document or recording (it speaks for its author) and a
 * description with a name in apposition (it is that person). Part of {@link NameResolver}.
 */
final class Descriptions {

    private final Doc doc;
    private final Entities entities;
    private final Pronouns pronouns;

    Descriptions(Doc doc, Entities entities, Pronouns pronouns) {
        this.doc = doc;
        this.entities = entities;
        this.pronouns = pronouns;
    }

    /**
     * A document or recording speaks for its author: "the memo from Ann Roe to the board" and "Roe's
     * statement" are Ann Roe, "a letter signed by Roe" too; "a copy obtained by the Ledger" is not the
     * Ledger's words, and a document with no author in its own words ("The ad says …", "One such
     * document, obtained by the Ledger, …") is the person the text is about there (the subject of its
     * sentence or the one before), else unnamed. Null when the mention names no document.
     */
    Resolved documentAuthor(TokenRange m) {
        String text = doc.span(m.from(), m.to()).of(doc.text());
        if (entities.typeOf(text) != MentionType.DOCUMENT) {
            return null;
        }
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = doc.tok(k);
            boolean owner = k + 1 < m.to() && (doc.tok(k + 1).is("'s") || doc.tok(k + 1).is("’s")) && t.capitalized();
            boolean from = k > m.from() && doc.tok(k - 1).is("from") && t.capitalized();
            boolean by = k > m.from() + 1 && doc.tok(k - 1).is("by") && AUTHORING.contains(doc.tok(k - 2).lower())
                    && t.capitalized();
            // "a CNN poll", "an Associated Press-GfK poll", "a White House statement": the name before the noun
            boolean maker = t.capitalized() && k + 1 < m.to() && !doc.tok(k + 1).capitalized()
                    && entities.typeOf(doc.tok(k + 1).text()) == MentionType.DOCUMENT && k > m.from()
                    && Lexicon.DETERMINERS.contains(doc.tok(m.from()).lower());
            if (owner || from || by || maker) {
                Entity e = entityStartingAt(k);
                if (e != null) {
                    Entity full = entities.fullest(e.words(), m.from());
                    String name = full != null ? full.name() : e.name();
                    return new Resolved(name, entities.roleOf(name), entities.isPerson(name), entities.kindOf(name));
                }
            }
        }
        Resolved about = pronouns.salientPerson(m.from());
        return about != null ? about : new Resolved(null, null, false);
    }

    /** Verbs whose "by" names a document's author ("signed by"), not its finder ("obtained by"). */
    private static final Set<String> AUTHORING = WordLists.load("authoring-verbs");

    /** The name that covers token {@code k}: a run of capitalised words from an entity's start. */
    private Entity entityStartingAt(int k) {
        int i = entities.indexBefore(k + 1);
        if (i < 0) {
            return null;
        }
        Entity e = entities.get(i);
        for (int j = e.tok(); j <= k; j++) {
            if (!doc.tok(j).capitalized()) {
                return null;
            }
        }
        return e;
    }

    /**
     * "A top strategist, John Weaver, said": a description whose appositive is a person's name (set off
     * by commas right after it) is that person; the description is the role.
     */
    Resolved appositiveName(TokenRange m) {
        boolean possessive = m.from() + 1 < m.to() && (doc.tok(m.from() + 1).is("'s") || doc.tok(m.from() + 1).is("’s"));
        if (possessive && personNoun(doc.tok(m.to() - 1))
                && (m.to() >= doc.size() || !doc.tok(m.to()).is(",") || m.to() + 1 >= doc.size() || !doc.tok(m.to() + 1).capitalized())) {
            // "Lopez's attorney said": the attorney, whom the article does not name here, not Lopez
            return new Resolved(null, doc.span(m.from(), m.to()).of(doc.text()), true, MentionType.PERSON);
        }
        if (!(Lexicon.DETERMINERS.contains(doc.tok(m.from()).lower()) || possessive)) {
            return null;
        }
        int comma = descriptionEnd(m);
        if (comma < 0 || comma + 2 >= doc.size() || doc.tok(m.from()).para() != doc.tok(comma).para()) {
            return null;
        }
        int start = comma + 1;
        if (Lexicon.HONORIFICS.contains(doc.tok(start).lower()) || Roles.isTitle(doc.tok(start).lower())) {
            start += doc.tok(start + 1).is(".") ? 2 : 1; // "the group's director, Dr. Ann Roe,"
        }
        int k = entities.indexBefore(start + 1);
        if (k < 0) {
            return null;
        }
        Entity e = entities.get(k);
        int end = e.tok() + e.words().size();
        if (e.tok() != start || !e.person() || end >= doc.size() || !closesApposition(end)
                || entities.typeOf(e.name()) == MentionType.PLACE) {
            return null;
        }
        Entity full = entities.fullest(e.words(), m.from());
        String name = full != null ? full.name() : e.name();
        int from = possessive ? m.from() : m.from() + 1;
        return new Resolved(name, doc.span(from, comma).of(doc.text()), true, MentionType.PERSON);
    }

    /**
     * Where a description ends before its apposition: right after the mention ("the director, Ann
     * Roe,") or after a short prepositional phrase that completes it ("a spokeswoman for the Roe
     * campaign, Ann Lee,"): the comma's index, or -1.
     */
    private int descriptionEnd(TokenRange m) {
        int j = m.to();
        if (j < doc.size() && Lexicon.DESCRIPTION_PREPOSITIONS.contains(doc.tok(j).lower())) {
            int limit = Math.min(doc.sentenceEnd(m.from()), j + 8);
            j++;
            while (j < limit && doc.tok(j).isWord() && !Lexicon.isSpeech(doc.tok(j))) {
                j++;
            }
        }
        return j < doc.size() && doc.tok(j).is(",") ? j : -1;
    }

    /** An apposition closes with a comma, or with the end of its sentence ("…, said the director, Ann Roe."). */
    private boolean closesApposition(int end) {
        return doc.tok(end).is(",") || doc.tok(end).is(".") && end + 1 == doc.sentenceEnd(end);
    }

    /** "attorney", "spokeswoman", "wife", "campaign manager": a lower-case head that is a person's role. */
    private boolean personNoun(Tok head) {
        return !head.capitalized() && (Roles.isTitle(head.lower()) || Roles.isOffice(head.lower())
                || entities.typeOf(head.text()) == MentionType.PERSON);
    }
}
