package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class ClauseSubject extends Rule {

    public static final String ID = "clause-subject";

    public ClauseSubject() {
        super(ID, 0.7, Trait.SUBJECT_ONLY);
    }

    @Override
    public String description() {
        return "partial quote → subject of its clause: `Lavrov was critical of efforts to impose “…”` "
                + "(cue \"was critical of\"); a name reaches across its appositive or relative clause "
                + "(`Stuart Stevens, who ran the campaign, called it “childish.”`, cue \"called\"); when "
                + "the first segment gives no subject (`But back on American soil, he returned to his "
                + "lines: “…”`) the main subject after the opening phrase (he/she/they, a name or a \"the\" "
                + "phrase; not in headlines or for one-word quotations); inside a comma-opened relative "
                + "clause (`Roffman, who estimates his costs were “…”`) the mention is \"who\" with the "
                + "name it refers to; subjects that cannot speak (it, there, that, …) are refused";
    }

    @Override
    public String example() {
        return "Lavrov was critical of efforts to impose “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.clauseSubjectRule(state, q);
    }
}
