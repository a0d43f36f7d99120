package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.text.TokenRange;

/** Post-pass: "31% of voters said “…”" is the poll's finding. */
final class PollRespondents implements PostPass {

    @Override
    public String id() {
        return "poll-respondents";
    }

    @Override
    public String description() {
        return "A speaker that is a share of a poll's respondents (“25 percent of likely voters”, “Six in 10”) is "
                + "replaced by the poll or survey named in the quotation's sentence or earlier in its paragraph; the "
                + "rule and confidence stay.";
    }

    @Override
    public String example() {
        return "In the Marist poll, 31% of voters said the race was “already over.”";
    }

    @Override
    public void apply(State st) {
        var doc = st.doc();
        for (int q = 0; q < st.quotations(); q++) {
            Decision d = st.decision(q);
            if (d != null && d.evidence().mention() != null && Sieve.shareOfRespondents(doc, d.evidence().mention())) {
                TokenRange poll = Sieve.pollNear(doc, doc.quoteTok(q));
                if (poll != null) {
                    st.decide(q, new Decision(d.rule(), d.evidence().mentionedAt(poll).namedBy(null), d.confidence()));
                }
            }
        }
    }
}
