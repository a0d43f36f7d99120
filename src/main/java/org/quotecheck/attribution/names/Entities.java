package org.quotecheck.attribution.names;

import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.entity.MentionType;
import org.quotecheck.attribution.entity.MentionTyper;
import org.quotecheck.attribution.entity.NameRole;
import org.quotecheck.attribution.entity.NameRoleSplitter;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.names.NameResolver.Entity;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The capitalised names of one article, in order, each split into role and name words, with the
 * lookups the resolver needs (fullest form of a name, its role, whether it names a person).
 * Lookups are memoised so resolution stays linear in the article.
 */
final class Entities {

    /** Entities back from a mention within which "the senator" looks for the person titled senator. */
    static final int TITLE_REACH = 300;

    /** Words of a name that make it an organisation: "Ledger", "Party", "Association". */
    private static final Set<String> ORG_WORDS = WordLists.load("org-words");

    private static final MentionTyper TYPER = MentionTyper.standard();
    private static final NameRoleSplitter SPLITTER = NameRoleSplitter.standard();
    private static final FirstNameGazetteer FIRST_NAMES = FirstNameGazetteer.standard();

    private final Doc doc;
    private final List<Entity> entities = new ArrayList<>();
    /** Entities by name word. */
    private final Map<String, List<Entity>> byWord = new HashMap<>();
    private final Map<List<String>, Entity> fullestMemo = new HashMap<>();
    private final Map<String, String> roleMemo = new HashMap<>();

    Entities(Doc doc) {
        this.doc = doc;
        collect();
    }

    List<Entity> all() {
        return entities;
    }

    Entity get(int k) {
        return entities.get(k);
    }

    void collect() {
        int n = doc.size();
        boolean[] headline = NameRuns.headlines(doc);
        int i = 0;
        while (i < n) {
            Tok t = doc.tok(i);
            if (headline[t.para()]) {
                i++; // "Smith Slams Jones Over Trade": a headline's capitals are no names
                continue;
            }
            if (!t.capitalized() || Lexicon.NOT_NAMES.contains(t.lower()) && !Lexicon.HONORIFICS.contains(t.lower())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n) {
                Tok nx = doc.tok(j + 1);
                if (nx.para() != t.para()) {
                    break;
                }
                if (nx.capitalized() && !(Lexicon.NOT_NAMES.contains(nx.lower()) && !Lexicon.HONORIFICS.contains(nx.lower()))) {
                    j++;
                } else if (nx.is("of") && j + 2 < n && doc.tok(j + 2).capitalized() && Roles.isTitle(doc.tok(j).lower())) {
                    j++;
                } else {
                    break;
                }
            }
            int from = j > i && NameRuns.openerIsNoName(doc, i) ? i + 1 : i; // "Understated Perez raises …"
            int cut = placeAtEnd(from, j + 1);
            if (cut > from) {
                add(from, cut); // "the Ted Cruz South Carolina victory party": a person, then a place
                add(cut, j + 1);
            } else if (j > from || from != doc.sentenceStart(from) || doc.capitalisedMidSentence(doc.tok(from).text())) {
                add(from, j + 1); // "Earlier, …", "Citing …": a lone opener never capitalised elsewhere names no one
            }
            i = j + 1;
        }
    }

    /**
     * Where a known place ends a run that starts with a person's name ("Ted Cruz South Carolina"), or
     * {@code from} when it does not: a name of two words or more that starts with a first name, then
     * a place of the gazetteer.
     */
    private int placeAtEnd(int from, int to) {
        for (int cut = from + 2; cut < to; cut++) {
            if (!FIRST_NAMES.isFirstName(doc.tok(from).text())) {
                return from;
            }
            StringBuilder place = new StringBuilder();
            for (int k = cut; k < to; k++) {
                place.append(k > cut ? " " : "").append(doc.tok(k).text());
            }
            if (typeOf(place.toString()) == MentionType.PLACE) {
                return cut;
            }
        }
        return from;
    }

    /**
     * What the article shows a resolved name to be: a person when any of its mentions has person
     * evidence (a first name, a title, an honorific), an organisation when one has organisation
     * evidence and none person evidence; OTHER when none says.
     */
    MentionType kindOf(String name) {
        String[] parts = name.split(" ");
        MentionType kind = MentionType.OTHER;
        for (Entity e : byWord.getOrDefault(parts[parts.length - 1], List.of())) {
            if (!e.name().equals(name) && !name.endsWith(" " + e.name())) {
                continue;
            }
            if (e.type() == MentionType.PERSON) {
                return MentionType.PERSON;
            }
            if (kind == MentionType.OTHER) {
                kind = e.type();
            }
        }
        if (kind == MentionType.OTHER && genders.containsKey(parts[parts.length - 1])) {
            return MentionType.PERSON; // "Mrs. Holloway"
        }
        return kind;
    }

    /** The type of a name's text; an article repeats its names, so each text is typed once. */
    MentionType typeOf(String text) {
        return types.computeIfAbsent(text, t -> TYPER.type(t).type());
    }

    private final Map<String, MentionType> types = new HashMap<>();

    /** A name text split into name and role; memoised like {@link #typeOf}, for the same reason. */
    NameRole split(String text) {
        return splits.computeIfAbsent(text, SPLITTER::split);
    }

    private final Map<String, NameRole> splits = new HashMap<>();

    /** 'm', 'f' or 0: from an honorific the article uses with the name, else from the first name. */
    char gender(Entity e) {
        char byFirst = e.words().size() > 1 ? Lexicon.firstNameGender(e.words().get(0)) : 0;
        if (byFirst != 0) {
            return byFirst;
        }
        Character g = genders.get(e.words().get(e.words().size() - 1));
        return g != null ? g : 0;
    }

    private final Map<String, Character> genders = new HashMap<>();

    void add(int from, int to) {
        List<String> words = new ArrayList<>();
        int roleEnd = from; // exclusive token index of the role part
        for (int k = from; k < to; k++) {
            String l = doc.tok(k).lower();
            if ((Roles.isTitle(l) && !Roles.firstNameNotTitle(doc, k, to) || Lexicon.HONORIFICS.contains(l)) && k + 1 < to) {
                roleEnd = k + 1;
            }
        }
        // "Secretary of State John Kerry": "of State" stays with the role
        if (roleEnd < to - 1 && doc.tok(roleEnd).is("of")) {
            roleEnd = Math.min(to - 1, roleEnd + 2);
        }
        int nameStart = roleEnd;
        for (int k = nameStart; k < to; k++) {
            words.add(doc.tok(k).text());
        }
        if (words.isEmpty()) {
            return;
        }
        // "Democrat Hillary Clinton", "Journalist Jorge Ramos": labels before the name are its role;
        // "Virginia Democratic" (of "the Virginia Democratic primary") names no one
        NameRole split = split(String.join(" ", words));
        if (split.name() == null) {
            return;
        }
        List<String> nameWords = List.of(split.name().split(" "));
        int at = java.util.Collections.indexOfSubList(words, nameWords);
        if (at > 0 && !words.subList(0, at).contains("of")) {
            roleEnd += at;
            words = new ArrayList<>(words.subList(at, words.size()));
        }
        String honorific = roleEnd > from ? doc.tok(roleEnd - 1).lower() : "";
        char g = Lexicon.honorificGender(honorific);
        if (g != 0) {
            genders.putIfAbsent(words.get(words.size() - 1), g);
        }
        String role = Roles.roleText(doc, from, roleEnd);
        if (role == null && roleEnd == from) {
            role = Roles.appositiveRole(doc, to);
            if (role == null) {
                role = Roles.preposedRole(doc, from);
            }
        }
        boolean definite = roleEnd == from && definite(from, to);
        boolean person = !definite;
        for (String w : words) {
            if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                person = false;
            }
        }
        // the name words say what an organisation or place is ("Former Arizona" is Arizona); the role
        // words before them may say it is a person ("Sen. Roe")
        MentionType type = typeOf((definite ? "the " : "") + String.join(" ", words));
        if ((type == MentionType.OTHER || type == MentionType.PERSON) && roleEnd > from
                && typeOf(doc.span(from, to).of(doc.text())) == MentionType.PERSON) {
            type = MentionType.PERSON;
        }
        if (type == MentionType.ORGANIZATION || type == MentionType.PLACE || type == MentionType.WORK
                || type == MentionType.DOCUMENT) {
            person = false; // "Rivera Medical Center", "Franklin County": never "he" or "she"
        } else if (!person && type == MentionType.OTHER) {
            type = MentionType.ORGANIZATION; // "the Ledger", "Sierra Club Foundation": an organisation word
        }
        Entity e = new Entity(words, String.join(" ", words), role, from, person, type);
        entities.add(e);
        for (String w : new HashSet<>(words)) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * "the Ledger reported", "according to the Ledger": a capitalised name after "the" that is not a
     * modifier of a following common noun ("the Trump campaign") names an organisation or a work.
     */
    boolean definite(int from, int to) {
        if (from == 0 || !doc.tok(from - 1).is("the")) {
            return false;
        }
        if (to >= doc.size()) {
            return true;
        }
        Tok next = doc.tok(to);
        if (!next.isWord() || next.capitalized()) {
            return true;
        }
        return Lexicon.isSpeech(next) || Lexicon.AUX.contains(next.lower()) || Lexicon.CLAUSE.contains(next.lower());
    }

    /**
     * The fullest name of the article that contains the mention's name words ("Cruz" → "Ted Cruz").
     * A name of an organisation, place or work is no fuller form of a person's name ("Trump" is not
     * "Trump White House"). Among names with different first words (namesakes: "Jeb Bush", "George
     * W. Bush"), the one shaped like a person's name (a first name or an initial first), ending with
     * the mention's word, then named most often wins; among its forms, the longest.
     */
    Entity fullest(List<String> core, int at) {
        return fullestMemo.computeIfAbsent(List.copyOf(core), this::fullest);
    }

    Entity fullest(List<String> core) {
        String last = core.get(core.size() - 1);
        MentionType own = typeOf(String.join(" ", core));
        Map<String, Integer> often = new HashMap<>();
        List<Entity> eligible = new ArrayList<>();
        for (Entity e : byWord.getOrDefault(last, List.of())) {
            if (!e.words().contains(last) || !e.words().containsAll(core)) {
                continue;
            }
            boolean named = e.type() == MentionType.ORGANIZATION || e.type() == MentionType.PLACE
                    || e.type() == MentionType.WORK || e.type() == MentionType.DOCUMENT;
            if (named && e.words().size() > core.size() && e.type() != own) {
                continue;
            }
            eligible.add(e);
            often.merge(e.words().get(0), 1, Integer::sum);
        }
        Entity best = null;
        for (Entity e : eligible) {
            if (best == null || Namesakes.better(doc, e, best, last, often)) {
                best = e;
            }
        }
        return best;
    }

    /** "Mrs. Clinton" when the article names both a Bill and a Hillary Clinton. */
    Entity fullestOfGender(List<String> core, char wanted) {
        String last = core.get(core.size() - 1);
        Entity best = null;
        for (Entity e : byWord.getOrDefault(last, List.of())) {
            if (!e.words().containsAll(core) || !Namesakes.lastWordMatches(e, last)) {
                continue;
            }
            char g = e.words().size() > 1 ? Lexicon.firstNameGender(e.words().get(0)) : 0;
            if (g != 0 && g != wanted) {
                continue;
            }
            if (best == null || e.words().size() > best.words().size()
                    || (e.words().size() == best.words().size() && g == wanted)) {
                best = e;
            }
        }
        return best != null ? best : fullest(core, 0);
    }

    /** No entity of that name was seen as an organisation. */
    boolean isPerson(String name) {
        return personMemo.computeIfAbsent(name, n -> {
            String[] parts = n.split(" ");
            for (Entity e : byWord.getOrDefault(parts[parts.length - 1], List.of())) {
                if (!e.person() && (e.name().equals(n) || n.endsWith(" " + e.name()))) {
                    return false;
                }
            }
            return true;
        });
    }

    private final Map<String, Boolean> personMemo = new HashMap<>();

    Entity fullestByName(String name) {
        return fullest(List.of(name.split(" ")), 0);
    }

    String fullName(Entity e) {
        Entity full = fullest(e.words(), 0);
        return full != null ? full.name() : e.name();
    }

    String roleOf(String name) {
        return roleMemo.computeIfAbsent(name, this::findRole);
    }

    String findRole(String name) {
        String[] parts = name.split(" ");
        for (Entity e : byWord.getOrDefault(parts[parts.length - 1], List.of())) {
            if (e.role() != null && (e.name().equals(name) || name.endsWith(" " + e.name()) || name.startsWith(e.name() + " "))) {
                return e.role();
            }
        }
        return null;
    }

    Entity byTitle(String title, int before) {
        return byTitle(title, List.of(), before);
    }

    /**
     * "the senator", "the Florida senator": the latest person before {@code before} whose role holds the
     * title (or its abbreviation) and every modifier; a role naming another place is no match ("the
     * Texas senator" is not "Florida Sen. Marco Rubio").
     */
    Entity byTitle(String title, List<String> modifiers, int before) {
        Entity found = null;
        for (int k = indexBefore(before); k >= 0 && k > indexBefore(before) - TITLE_REACH; k--) {
            Entity e = entities.get(k);
            if (e.role() != null && e.type() != MentionType.ORGANIZATION) {
                if (Roles.holdsTitle(e.role(), title, modifiers)) {
                    found = e;
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        Entity full = fullest(found.words(), before);
        return full != null ? new Entity(full.words(), full.name(), found.role(), found.tok(), true, MentionType.PERSON) : found;
    }

    /** Index of the last entity that starts before token {@code tok}, or -1. */
    int indexBefore(int tok) {
        int lo = 0;
        int hi = entities.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).tok() < tok) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
