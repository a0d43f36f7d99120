package org.quotecheck.attribution.sieve;

import java.util.ArrayList;
import java.util.List;
import org.quotecheck.attribution.text.Doc;

/**
 * The attribution sieve (after Muzny et al. 2017): the steps of a {@link SieveOrder} run over every
 * quotation, left to right, so that later rules can lean on earlier decisions. For each quotation
 * the guards that hold for it are asked before each rule; the first rule whose evidence passes the
 * guards and the refinements decides. The post-passes then revisit the decisions.
 */
public final class Sieve {

    private final SieveOrder order;

    public Sieve(SieveOrder order) {
        this.order = order;
    }

    public State run(Doc doc) {
        State st = new State(doc);
        List<Guard> holding = new ArrayList<>(order.guards().size());
        for (int q = 0; q < st.quotations(); q++) {
            holding.clear();
            for (Guard g : order.guards()) {
                if (g.holds(st, q)) {
                    holding.add(g);
                }
            }
            st.decide(q, decide(st, q, holding));
        }
        for (PostPass p : order.postPasses()) {
            p.apply(st);
        }
        return st;
    }

    private Decision decide(State st, int q, List<Guard> holding) {
        rules:
        for (Rule r : order.rules()) {
            for (Guard g : holding) {
                if (g.stopsBefore(r, st, q)) {
                    return null;
                }
            }
            Evidence ev = r.match(st, q);
            if (ev != null && r.yieldsTo().isPresent()) {
                Evidence other = order.rule(r.yieldsTo().get()).match(st, q);
                if (other != null && r.defers(st, ev, other)) {
                    ev = null;
                }
            }
            if (ev == null || ev.mention() == null) {
                continue;
            }
            for (Guard g : holding) {
                Guard.Verdict v = g.after(r, st, q, ev);
                if (v == Guard.Verdict.STOP) {
                    return null;
                }
                if (v == Guard.Verdict.SKIP_RULE) {
                    continue rules;
                }
            }
            for (Refinement f : order.refinements()) {
                ev = f.refine(st, q, ev);
                if (ev == null) {
                    continue rules;
                }
            }
            return new Decision(r, ev, r.confidenceOf(ev));
        }
        return null;
    }
}
