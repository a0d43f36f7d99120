package org.quotecheck.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a cluster's speakers are one person. Speaker rows are already one per name key; across
 * articles a paper that only wrote "Wang" and another that wrote "Wang Yi" still give two rows, so
 * here a name whose words are all words of a fuller name ("Wang" in "Wang Yi"), or that the other
 * speaker was also called (an alias), belongs to that fuller name. The fullest names are the
 * speakers; two or more of them make a conflict. "Wang" next to "Wang Yi" and "Wang Wei" joins the
 * first and the two full names still conflict.
 */
public final class SpeakerGroups {

    /** A speaker row: its id, name key and alias keys. */
    public record Name(long id, String name, String key, Set<String> aliasKeys) {
    }

    /** One person: the fullest name and every speaker row that names them. */
    public record Group(Name head, List<Name> members) {
        public boolean contains(long speakerId) {
            return members.stream().anyMatch(n -> n.id() == speakerId);
        }
    }

    private SpeakerGroups() {
    }

    public static List<Group> of(List<Name> names) {
        List<Name> ordered = new ArrayList<>(names);
        // fullest names first, so each shorter one finds the name it abbreviates
        ordered.sort(Comparator.comparingInt((Name n) -> -words(n.key()).size()).thenComparing(Name::key)
                .thenComparingLong(Name::id));
        List<Group> groups = new ArrayList<>();
        for (Name n : ordered) {
            Group home = null;
            for (Group g : groups) {
                if (g.members().stream().anyMatch(m -> same(m, n))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                List<Name> members = new ArrayList<>();
                members.add(n);
                groups.add(new Group(n, members));
            } else {
                home.members().add(n);
            }
        }
        return groups;
    }

    /** Whether two speaker rows may name one person. */
    public static boolean same(Name a, Name b) {
        if (a.id() == b.id() || a.key().equals(b.key()) || a.aliasKeys().contains(b.key())
                || b.aliasKeys().contains(a.key())) {
            return true;
        }
        List<String> wa = words(a.key());
        List<String> wb = words(b.key());
        return wa.size() <= wb.size() ? new HashSet<>(wb).containsAll(wa) : new HashSet<>(wa).containsAll(wb);
    }

    /** Whether a claimed name (any spelling) names someone in {@code group}. */
    public static boolean names(String claimedKey, Group group) {
        Name claimed = new Name(-1, claimedKey, claimedKey, Set.of());
        return group.members().stream().anyMatch(m -> same(m, claimed));
    }

    private static List<String> words(String key) {
        return key.isEmpty() ? List.of() : List.of(key.replace(".", "").split(" "));
    }
}
