package org.quotecheck.attribution.entity;

import java.util.List;

/**
 * Types a noun phrase as PERSON, ORGANIZATION, PLACE, WORK, DOCUMENT or OTHER from evidence in its
 * own words, strongest first:
 * <ol>
 * <li>a pronoun: he/she/I are persons (with gender), it/they/we may be anything (OTHER);</li>
 * <li>a common-noun head ("the company", "a spokeswoman for the agency", "the memo from A to B",
 *     "Clinton's statement"): its head noun's list decides: DOCUMENT, WORK, PERSON (gendered
 *     nouns give gender), ORGANIZATION;</li>
 * <li>a proper name: a place list entry ("Ohio") or place head word ("Franklin County") → PLACE;
 *     an organisation head word ("Rivera Medical Center", "the Daily Ledger") → ORGANIZATION,
 *     whatever surname it holds, also when the head word comes first ("Bank of Springfield");</li>
 * <li>a courtesy title, a job title or a party label before a name, or a known first name that
 *     starts a name of two words or more → PERSON, with gender from the title or the first name;</li>
 * <li>"the" + proper name with no other evidence → ORGANIZATION (people take no article);</li>
 * <li>otherwise OTHER: a lone surname or a capitalised word is left to coreference.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class MentionTyper {

    private final Lexicon lex;
    private final NameRoleSplitter splitter;

    MentionTyper(Lexicon lex) {
        this.lex = lex;
        this.splitter = new NameRoleSplitter(lex);
    }

    private static final MentionTyper STANDARD = new MentionTyper(Lexicon.standard());

    /** The typer over the shipped word lists and first-name gazetteer. */
    public static MentionTyper standard() {
        return STANDARD;
    }

    public TypedMention type(String mention) {
        Phrase p = Phrase.of(mention);
        List<String> w = p.words();
        if (w.isEmpty()) {
            return TypedMention.of(MentionType.OTHER, "no words");
        }
        if (w.size() == 1 && lex.pronouns.contains(w.get(0))) {
            return pronoun(w.get(0));
        }
        boolean definite = "the".equalsIgnoreCase(w.get(0));
        int from = definite || isDeterminer(w.get(0)) ? 1 : 0;
        int head = headIndex(w, from);
        if (head < 0) {
            return TypedMention.of(MentionType.OTHER, "no head word");
        }
        String headWord = w.get(head);
        if (!Lexicon.capitalised(headWord) || head < w.size() - 1) {
            TypedMention common = commonNoun(headWord);
            if (common != null) {
                return common;
            }
            if (!Lexicon.capitalised(headWord)) {
                return TypedMention.of(MentionType.OTHER, "head word '" + headWord + "' is in no list");
            }
        }
        return properName(p, w.subList(from, head + 1), definite);
    }

    private TypedMention pronoun(String word) {
        String[] v = lex.pronouns.value(word).split("\\s+");
        MentionType type = MentionType.valueOf(v[0]);
        Gender g = v.length > 1 ? Gender.fromCode(v[1]) : Gender.UNKNOWN;
        return new TypedMention(type, g, "pronoun '" + Lexicon.lower(word) + "'");
    }

    /**
     * The head of the phrase: the last word before what follows it (of/for/from/by/at …, a relative
     * pronoun, a participle such as "obtained"), counting from {@code from}.
     */
    private int headIndex(List<String> w, int from) {
        for (int i = from + 1; i < w.size(); i++) {
            String t = Lexicon.lower(w.get(i));
            boolean postModifier = switch (t) {
                case "of", "for", "from", "by", "at", "to", "in", "on", "with", "about", "who", "which", "that",
                        "whose", "obtained", "released", "sent", "issued", "posted", "published", "written" -> true;
                default -> false;
            };
            // "of" inside a proper name ("Bank of America", "Secretary of State Ann Roe") is no cut
            if (postModifier && !(Lexicon.capitalised(w.get(i - 1)) && i + 1 < w.size()
                    && Lexicon.capitalised(w.get(i + 1)) && (t.equals("of") || t.equals("for")))) {
                return i - 1;
            }
        }
        return w.size() - 1 >= from ? w.size() - 1 : -1;
    }

    private TypedMention commonNoun(String head) {
        if (lex.documentNouns.contains(head)) {
            return TypedMention.of(MentionType.DOCUMENT, "document noun '" + Lexicon.lower(head) + "'");
        }
        if (lex.workNouns.contains(head)) {
            return TypedMention.of(MentionType.WORK, "work noun '" + Lexicon.lower(head) + "'");
        }
        if (lex.personNouns.contains(head)) {
            return new TypedMention(MentionType.PERSON, lex.personNouns.gender(head),
                    "person noun '" + Lexicon.lower(head) + "'");
        }
        if (lex.orgNouns.contains(head)) {
            return TypedMention.of(MentionType.ORGANIZATION, "organisation noun '" + Lexicon.lower(head) + "'");
        }
        return null;
    }

    private TypedMention properName(Phrase p, List<String> w, boolean definite) {
        String whole = String.join(" ", w);
        String last = w.get(w.size() - 1);
        if (lex.places.contains(whole)) {
            return TypedMention.of(MentionType.PLACE, "place '" + whole + "'");
        }
        if (lex.orgHeads.contains(last)) {
            // also alone: "the Council" shortened to "Council" is still the council
            return TypedMention.of(MentionType.ORGANIZATION, "head word '" + last + "'");
        }
        if (lex.placeHeads.contains(last) && w.size() > 1) {
            return TypedMention.of(MentionType.PLACE, "place word '" + last + "'");
        }
        TypedMention person = personEvidence(w);
        if (person != null) {
            return person;
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            // "Bank of Springfield", "University of Denver", "Department of Justice"
            if (lex.orgHeads.contains(w.get(i)) && lex.connectors.contains(w.get(i + 1))) {
                return TypedMention.of(MentionType.ORGANIZATION, "head word '" + w.get(i) + "' before '" + w.get(i + 1) + "'");
            }
        }
        if (definite) {
            return TypedMention.of(MentionType.ORGANIZATION, "'the' before a proper name");
        }
        if (p.appositive() != null) {
            // "Ann Roe, a psychologist at …": the appositive's head may say what the name is
            TypedMention apposition = type(p.appositive());
            if (apposition.type() == MentionType.PERSON || apposition.type() == MentionType.ORGANIZATION) {
                return new TypedMention(apposition.type(), apposition.gender(), "appositive: " + apposition.evidence());
            }
        }
        return TypedMention.of(MentionType.OTHER, "no evidence for '" + whole + "'");
    }

    private TypedMention personEvidence(List<String> w) {
        int start = splitter.nameStart(w, 0);
        if (start == w.size()) {
            return null;
        }
        Gender nameGender = start < w.size() - 1 ? lex.firstNames.gender(w.get(start)) : Gender.UNKNOWN;
        for (int i = start - 1; i >= 0; i--) {
            String t = w.get(i);
            WordList list = lex.courtesyTitles.contains(t) ? lex.courtesyTitles
                    : lex.titles.contains(t) ? lex.titles
                    : lex.partyLabels.contains(t) ? lex.partyLabels
                    : lex.personNouns.contains(t) ? lex.personNouns : null;
            if (list != null) {
                Gender g = list.gender(t);
                return new TypedMention(MentionType.PERSON, g == Gender.UNKNOWN ? nameGender : g,
                        "role word '" + t + "' before the name");
            }
        }
        if (nameGender != Gender.UNKNOWN) {
            return new TypedMention(MentionType.PERSON, nameGender, "first name '" + w.get(start) + "'");
        }
        return null;
    }

    private static boolean isDeterminer(String word) {
        return switch (Lexicon.lower(word)) {
            case "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "one",
                    "another", "some", "several", "two", "three" -> true;
            default -> false;
        };
    }
}
