package org.quotecheck.attribution.names;

import org.quotecheck.attribution.entity.MentionType;
import org.quotecheck.attribution.entity.NameRole;
import org.quotecheck.attribution.entity.PosTagger;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a mention to the fullest name the article gives and the role (title or office) it
 * gives: "Wang" → "Wang Yi" / "State Councilor", "the Global Times" → "Global Times",
 * "he" → the nearest earlier person, "the senator" → the person the article titled senator.
 * Unnamed sources ("a source", "officials") resolve to a null name. The article's names are
 * collected by {@link Entities}, roles split by {@link Roles}, pronouns resolved by {@link Pronouns}.
 */
public final class NameResolver {

    /** A capitalised name of the article split into role words and name words. */
    public record Entity(List<String> words, String name, String role, int tok, boolean person, MentionType type) {
    }

    /**
     * {@code person} is false for organisations and unnamed sources: "he"/"she" never refer to them.
     * {@code type} is what the article shows the speaker to be (OTHER when it does not say).
     */
    public record Resolved(String name, String role, boolean person, MentionType type) {
        Resolved(String name, String role) {
            this(name, role, name != null, MentionType.OTHER);
        }

        Resolved(String name, String role, boolean person) {
            this(name, role, person, MentionType.OTHER);
        }

        Resolved typed(MentionType t) {
            return new Resolved(name, role, person, t);
        }
    }

    /** Heads of a noun phrase that describe a source without naming it: the name stays null. */
    private static final Set<String> UNNAMED_HEADS = WordLists.load("unnamed-heads");

    /** Words after a head noun that start its post-modifier: "a source familiar with", "aides to". */
    private static final Set<String> POST_MODIFIER = WordLists.load("post-modifier");

    private final Doc doc;
    private final Entities entities;
    private final Pronouns pronouns;
    private final Descriptions descriptions;

    public NameResolver(Doc doc) {
        this.doc = doc;
        this.entities = new Entities(doc);
        this.pronouns = new Pronouns(doc, entities);
        this.descriptions = new Descriptions(doc, entities, pronouns);
    }

    public List<Entity> entities() {
        return entities.all();
    }

    /** Resolves the mention at token range {@code m}; {@code lastPerson} is the name of the last speaker. */
    public Resolved resolve(TokenRange m, String lastPersonName) {
        return typed(m, placeAsModifier(m, separateRole(resolveName(m, lastPersonName))));
    }

    /**
     * "a New Hampshire Republican", "the New Jersey governor": a place that only modifies the head of
     * the mention names no speaker; the speaker is unnamed (the mention's words are its role).
     */
    private Resolved placeAsModifier(TokenRange m, Resolved r) {
        if (r.name() == null || entities.typeOf(r.name()) != MentionType.PLACE) {
            return r;
        }
        String last = doc.tok(m.to() - 1).text();
        if (r.name().endsWith(last)) {
            return r;
        }
        int from = m.from();
        while (from < m.to() - 1 && Lexicon.DETERMINERS.contains(doc.tok(from).lower())) {
            from++;
        }
        return new Resolved(null, doc.span(from, m.to()).of(doc.text()), false, MentionType.OTHER);
    }

    /**
     * What the speaker is: a person for he/she/I, else what the article shows the resolved name to be
     * (a first name, a title, "he" referring to it make a person; an organisation word or "the"
     * before a name an organisation), else what the mention's own words say ("a spokeswoman", "the
     * agency"). A place, a work or a document speaks through someone else: OTHER.
     */
    private Resolved typed(TokenRange m, Resolved r) {
        if (r.type() != MentionType.OTHER) {
            return r;
        }
        if (m.to() - m.from() == 1 && PERSONAL.contains(doc.tok(m.from()).lower())) {
            return r.typed(MentionType.PERSON);
        }
        MentionType t = r.name() != null ? entities.kindOf(r.name()) : MentionType.OTHER;
        if (t == MentionType.OTHER) {
            MentionType own = entities.typeOf(doc.span(m.from(), m.to()).of(doc.text()));
            t = own == MentionType.PERSON || own == MentionType.ORGANIZATION ? own : MentionType.OTHER;
        }
        return t == MentionType.PERSON || t == MentionType.ORGANIZATION ? r.typed(t) : r;
    }

    /** Pronouns that only a person can be. */
    private static final Set<String> PERSONAL = WordLists.load("personal-pronouns");

    /**
     * "Rival Hillary Clinton", "Texas Sen. Ted Cruz", "Journalist Jorge Ramos": labels the article wrote
     * before the name go to the role, so that the name is the person's name; an organisation's name
     * ("Republican National Committee") is never cut.
     */
    private Resolved separateRole(Resolved r) {
        if (r.name() == null) {
            return r;
        }
        NameRole split = entities.split(r.name());
        if (split.name() == null || split.name().equals(r.name())) {
            return r;
        }
        String role = split.role() == null ? r.role()
                : r.role() == null || r.role().contains(split.role()) ? (r.role() == null ? split.role() : r.role())
                : split.role() + ", " + r.role();
        return new Resolved(split.name(), role, r.person(), r.type());
    }


    private Resolved resolveName(TokenRange m, String lastPersonName) {
        if (m.to() - m.from() == 1 && (doc.tok(m.from()).is("his") || doc.tok(m.from()).is("her"))) {
            // "his promise to …", "her claim that …": a possessive owner resolves like he/she
            return pronouns.pronoun(m.from(), lastPersonName, doc.tok(m.from()).is("his") ? 'm' : 'f');
        }
        if (m.to() - m.from() == 1 && WordShapes.isPronoun(doc.tok(m.from()))) {
            String l = doc.tok(m.from()).lower();
            if (l.equals("he") || l.equals("she")) {
                return pronouns.pronoun(m.from(), lastPersonName, l.equals("he") ? 'm' : 'f');
            }
            return new Resolved(null, null);
        }
        Resolved author = descriptions.documentAuthor(m);
        if (author != null) {
            return author;
        }
        Resolved apposed = descriptions.appositiveName(m);
        if (apposed != null) {
            return apposed;
        }
        if (unnamed(m)) {
            return new Resolved(null, null, false);
        }
        Resolved nominal = nominal(m);
        if (nominal != null) {
            return nominal;
        }
        Resolved organisation = organisation(m);
        if (organisation != null) {
            return organisation;
        }
        // strip determiners, honorifics and titles: what is left and capitalised is the name
        List<String> core = new ArrayList<>();
        int roleEnd = m.from();
        int coreFrom = -1;
        String titleWord = null;
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = doc.tok(k);
            String l = t.lower();
            if (l.equals("'s")) {
                continue;
            }
            if (Lexicon.DETERMINERS.contains(l) && core.isEmpty()) {
                roleEnd = k + 1;
                continue;
            }
            if ((Roles.isTitle(l) && !Roles.firstNameNotTitle(doc, k, m.to()) || Lexicon.HONORIFICS.contains(l)) && core.isEmpty()) {
                if (Roles.isTitle(l)) {
                    titleWord = l;
                }
                roleEnd = k + 1;
                continue;
            }
            if (core.isEmpty() && t.capitalized() && k + 1 < m.to() && Roles.isOffice(doc.tok(k + 1).lower())
                    && !doc.tok(k + 1).capitalized()) {
                roleEnd = k + 1; // "Transport minister Lena Qvist": the opening word belongs to the role
                continue;
            }
            if (t.capitalized() && !Lexicon.NOT_NAMES.contains(l)) {
                if (core.isEmpty()) {
                    coreFrom = k;
                }
                core.add(t.text());
            } else if (!core.isEmpty() && Roles.isOffice(l) && k + 1 < m.to() && doc.tok(k + 1).capitalized()) {
                core.clear(); // "the Urban League chief Marc Ode": the organisation belongs to the role
                roleEnd = k + 1;
            } else if (!core.isEmpty() && t.isWord() && Roles.officeAhead(doc, k, m.to()) > 0) {
                k = Roles.officeAhead(doc, k, m.to()); // "Clinton campaign spokesman Brian Fallon": "Clinton campaign" is the role
                core.clear();
                roleEnd = k + 1;
            } else if (!core.isEmpty()) {
                break; // "Smith of Iowa": the name ends
            } else if (Roles.isTitle(l)) {
                titleWord = l;
            }
        }
        String ownRole = null;
        int rs = m.from();
        while (rs < roleEnd && (Lexicon.DETERMINERS.contains(doc.tok(rs).lower())
                || Lexicon.HONORIFICS.contains(doc.tok(rs).lower()) || !doc.tok(rs).capitalized())) {
            rs++;
        }
        if (!core.isEmpty() && rs < roleEnd) {
            ownRole = Roles.roleText(doc, rs, roleEnd);
        }
        if (core.isEmpty()) {
            if (titleWord != null) {
                Entity e = entities.byTitle(titleWord, m.from());
                if (e != null) {
                    return new Resolved(e.name(), e.role());
                }
            }
            return new Resolved(null, null);
        }
        char wanted = 0;
        for (int k = m.from(); k < m.to() && wanted == 0; k++) {
            wanted = Lexicon.honorificGender(doc.tok(k).lower());
        }
        Entity best = wanted == 0 ? entities.fullest(core, m.from()) : entities.fullestOfGender(core, wanted);
        if ((best == null || !entities.isPerson(best.name())) && adjectivesBeforeHead(coreFrom, coreFrom + core.size(), m.to())) {
            return new Resolved(null, null, false);
        }
        if (best == null) {
            return new Resolved(String.join(" ", core), ownRole);
        }
        String role = ownRole != null ? ownRole : entities.roleOf(best.name());
        return new Resolved(best.name(), role, entities.isPerson(best.name()) && !definite(m));
    }

    /**
     * "the Florida senator", "the senator": a definite phrase whose head is a lower-case title and whose
     * other words are places or party labels names the person the article gave that title; the
     * modifiers must agree with the role. Null when the mention is not such a phrase.
     */
    private Resolved nominal(TokenRange m) {
        int k = m.from();
        if (!doc.tok(k).lower().equals("the")) {
            return null;
        }
        Tok head = doc.tok(m.to() - 1);
        if (head.capitalized() || !Roles.isTitle(head.lower()) || m.to() - m.from() < 3) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (k = m.from() + 1; k < m.to() - 1; k++) {
            if (!doc.tok(k).capitalized()) {
                return null;
            }
        }
        if (m.from() + 1 < m.to() - 1) {
            String place = doc.span(m.from() + 1, m.to() - 1).of(doc.text()); // "New Jersey"
            if (entities.typeOf(place) != MentionType.PLACE) {
                return null;
            }
            modifiers.add(place);
        }
        Entity e = entities.byTitle(head.lower(), modifiers, m.from());
        return e == null ? new Resolved(null, null, false) : new Resolved(e.name(), e.role(), true, MentionType.PERSON);
    }

    /**
     * "the Republican National Committee", "Rivera Medical Center": a proper name that ends with an
     * organisation's head word is that organisation's name, whole (its first words are no title).
     */
    private Resolved organisation(TokenRange m) {
        Tok last = doc.tok(m.to() - 1);
        if (!last.capitalized() || m.to() - m.from() < 2) {
            return null;
        }
        String text = doc.span(m.from(), m.to()).of(doc.text());
        if (entities.typeOf(text) != MentionType.ORGANIZATION) {
            return null;
        }
        NameRole whole = entities.split(text);
        if (whole.name() == null || !whole.name().endsWith(last.text()) || whole.name().indexOf(' ') < 0) {
            return null;
        }
        Entity full = entities.fullest(List.of(whole.name().split(" ")), m.from());
        String name = full != null && entities.typeOf(full.name()) == MentionType.ORGANIZATION ? full.name() : whole.name();
        return new Resolved(name, null, false, MentionType.ORGANIZATION);
    }


    /** "WALLACE" or "SEN. KAINE" from a transcript: the person of the article with that surname. */
    public Resolved byLabel(String label) {
        String[] parts = label.split(" ");
        String last = parts[parts.length - 1];
        Entity best = null;
        for (Entity e : entities.all()) {
            String w = e.words().get(e.words().size() - 1);
            if (e.person() && w.equalsIgnoreCase(last) && (best == null || e.words().size() > best.words().size())) {
                best = e;
            }
        }
        if (best != null) {
            return new Resolved(best.name(), entities.roleOf(best.name()), true, MentionType.PERSON);
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (Roles.isTitle(p.toLowerCase(Locale.ROOT)) || Lexicon.HONORIFICS.contains(p.toLowerCase(Locale.ROOT))) {
                continue;
            }
            b.append(b.length() > 0 ? " " : "").append(p.charAt(0)).append(p.substring(1).toLowerCase(Locale.ROOT));
        }
        return new Resolved(b.length() > 0 ? b.toString() : null, null, true, MentionType.PERSON); // a transcript's speaker
    }

    /**
     * "the Mexican government", "the American people": capitalised words that end right before the
     * mention's lower-case head and that the tagger, reading the sentence, takes for adjectives are
     * modifiers of a common noun, not a name; the speaker is unnamed. A word the article uses as a
     * person's name stays a name ("the Trump campaign").
     */
    private boolean adjectivesBeforeHead(int from, int to, int end) {
        if (from < 0 || to != end - 1) {
            return false;
        }
        Tok head = doc.tok(to);
        if (!head.text().matches("[a-z]+(-[a-z]+)*") || Roles.isOffice(head.lower())) {
            return false; // "the Clinton spokesman": a role head names its holder elsewhere
        }
        int start = Math.max(doc.sentenceStart(from), from - TAG_WINDOW);
        int stop = Math.min(doc.sentenceEnd(from), to + TAG_WINDOW);
        if (to >= stop) {
            return false;
        }
        String[] words = new String[stop - start];
        for (int k = start; k < stop; k++) {
            words[k - start] = doc.tok(k).text();
        }
        String[] tags = PosTagger.standard().tag(words, 0, words.length);
        for (int k = from; k < to; k++) {
            if (!tags[k - start].equals("ADJ")) {
                return false;
            }
        }
        return tags[to - start].equals("NOUN");
    }

    /** How many words of the sentence on each side the tagger reads for that decision. */
    private static final int TAG_WINDOW = 30;

    /** "Officials", "a source familiar with the talks", "Clinton aides": the head names no one. */
    private boolean unnamed(TokenRange m) {
        int head = -1;
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = doc.tok(k);
            if (k > m.from() && POST_MODIFIER.contains(t.lower())) {
                break;
            }
            head = k;
        }
        return head >= 0 && UNNAMED_HEADS.contains(doc.tok(head).lower());
    }

    /** "the Ledger" at the mention itself: an organisation. */
    private boolean definite(TokenRange m) {
        return m.from() < m.to() && doc.tok(m.from()).is("the") && m.to() - m.from() > 1
                && doc.tok(m.from() + 1).capitalized();
    }
}
