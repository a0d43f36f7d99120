package org.quotecheck.attribution.sieve;

/** Post-pass: a speaker carried over is mentioned again by the nearest agreeing he/she. */
final class Reanchoring implements PostPass {

    @Override
    public String id() {
        return "reanchoring";
    }

    @Override
    public String description() {
        return "For rules that carry a speaker over from elsewhere (re-anchored rules), the mention moves to the "
                + "agreeing he/she nearest the quotation: in its own sentence before it, opening a sentence between "
                + "the earlier mention and the quotation, or after it as the subject of a reporting verb. The earlier "
                + "mention still names the speaker.";
    }

    @Override
    public String example() {
        return "The budget was approved, says Gloria Marsh. She says it was “a long night.”";
    }

    @Override
    public void apply(State st) {
        for (int q = 0; q < st.quotations(); q++) {
            Decision d = st.decision(q);
            if (d != null && d.rule().has(Trait.REANCHORED)) {
                st.decide(q, new Decision(d.rule(), Sieve.nearestMention(st.doc(), q, d.evidence()), d.confidence()));
            }
        }
    }
}
