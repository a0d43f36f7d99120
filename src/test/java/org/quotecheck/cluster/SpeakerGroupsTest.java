package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.cluster.SpeakerGroups.Name;

class SpeakerGroupsTest {

    private static Name name(long id, String key, String... aliases) {
        return new Name(id, key, key, Set.of(aliases));
    }

    @Test
    void aSurnameAndTheFullNameAreOnePerson() {
        List<SpeakerGroups.Group> groups = SpeakerGroups.of(List.of(name(1, "wang"), name(2, "wang yi")));
        assertEquals(1, groups.size());
        assertEquals("wang yi", groups.get(0).head().key());
        assertTrue(groups.get(0).contains(1));
    }

    @Test
    void anAliasJoinsOtherSpellings() {
        assertEquals(1, SpeakerGroups.of(List.of(name(1, "sergey lavrov", "sergei lavrov"), name(2, "sergei lavrov")))
                .size());
    }

    @Test
    void differentPeopleConflictEvenWithAnAmbiguousSurnameBetweenThem() {
        List<SpeakerGroups.Group> groups = SpeakerGroups.of(
                List.of(name(1, "wang"), name(2, "wang yi"), name(3, "wang wei")));
        assertEquals(2, groups.size());
        assertEquals(2, SpeakerGroups.of(List.of(name(1, "sergey lavrov"), name(2, "wang yi"))).size());
    }

    @Test
    void aClaimedNameIsCheckedAgainstAGroup() {
        SpeakerGroups.Group g = SpeakerGroups.of(List.of(name(1, "sergey lavrov"))).get(0);
        assertTrue(SpeakerGroups.names("lavrov", g));
        assertFalse(SpeakerGroups.names("maria zakharova", g));
    }
}
