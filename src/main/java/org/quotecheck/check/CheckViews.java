package org.quotecheck.check;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.cluster.MatchKind;
import org.quotecheck.clustering.ClusterViews;

/** The check API's records. */
public final class CheckViews {

    private CheckViews() {
    }

    /** Body of {@code POST /api/v1/checks}. */
    public record CheckRequest(
            @Schema(required = true, description = "The quote as it circulates; at most "
                    + CheckService.MAX_CLAIM + " characters (longer: 413)") String text,
            @Schema(description = "The name it is attributed to, in any spelling (\"Lavrov\", \"Sergei Lavrov\")")
            String speaker) {
    }

    /** A stored quotation that matches, with its word diff against the claim. */
    public record Match(MatchKind kind, ClusterViews.Member quotation) {
    }

    /**
     * The matches of one cluster (the same words across articles), closest first; {@code clusterId}
     * null for a quotation too short to cluster that has the claim's exact words.
     */
    public record Group(Long clusterId, String text, boolean conflict, int memberCount, List<Match> matches) {
    }

    /**
     * Whether the claimed speaker is among the speakers these words are attributed to, after name
     * resolution; {@code agrees} is null when no match names a speaker.
     */
    public record ClaimedSpeaker(String name, Boolean agrees, String resolvedTo) {
    }

    /**
     * What the matches say. {@code wordingDiffers}: no stored quotation has the claim's exact words
     * (null without matches); {@code conflict}: the matches name more than one speaker.
     */
    public record Summary(int matchCount, long articleCount, List<ClusterViews.SpeakerTally> speakers,
            ClusterViews.Member earliest, ClaimedSpeaker claimedSpeaker, Boolean wordingDiffers, boolean conflict) {
    }

    /** The answer as stored: {@code outcome} NO_MATCH or the closest kind of match; {@code message} in plain words. */
    public record Answer(String outcome, String message, Summary summary, List<Group> groups, boolean truncated) {
    }

    /** A stored check: who asked what, when, and the answer given then. */
    public record CheckView(long id, String text, String speaker, String askedBy, Instant askedAt, String outcome,
            String message, Summary summary, List<Group> groups, boolean truncated) {
        static CheckView of(long id, String text, String speaker, String askedBy, Instant askedAt, Answer a) {
            return new CheckView(id, text, speaker, askedBy, askedAt, a.outcome(), a.message(), a.summary(), a.groups(),
                    a.truncated());
        }
    }

    /** A check in the list. */
    public record CheckSummary(long id, String text, String speaker, String askedBy, Instant askedAt, String outcome,
            int matchCount) {
    }
}
