package org.quotecheck.attribution.sieve.rules;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;

/** What the document rules share: a document speaks for whoever put it out. */
final class Documents {

    private Documents() {
    }

    /** Verbs that put out a document ("issued", "sent out"): document-issued, document-before, text-subject. */
    static final Set<String> ISSUING = WordLists.load("issuing-verbs");

    /** Documents whose wording is their issuer's ("statement", "memo", "email"). */
    static final Set<String> NOUNS = WordLists.load("documents");
}
