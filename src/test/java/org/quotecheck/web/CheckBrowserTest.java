package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** Check a quote in a real browser: form, answer, cluster and quotation pages, each axe-checked. */
@QuarkusTest
class CheckBrowserTest {

    static final String PASSWORD = "check-browser-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    @BeforeEach
    void account() {
        users.createIfAbsent("check-cleo", PASSWORD, Set.of(Role.REVIEWER));
    }

    private static String word() {
        StringBuilder sb = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            sb.append("bcdfghjklmnprstvz".charAt(r.nextInt(17))).append("aeiou".charAt(r.nextInt(5)));
        }
        return sb.toString();
    }

    @Test
    void aCheckShowsWhoSaidTheWordsAndLeadsToTheClusterAndTheQuotation() throws Exception {
        String words = "The harbour will " + word() + " " + word() + " the " + word() + " ferries " + word() + " by June";
        String paper = "Check Test Daily";
        ArticleView first = articles.ingest(new IngestCommand("Officials met on Tuesday.\n\n“" + words
                + ",” said Vilde Lunn, the harbour master.", null, "https://news.example/check-" + word(),
                "Ferries " + word(), paper, "2024-03-06")).article();
        articles.ingest(new IngestCommand("Officials met on Wednesday.\n\n“" + words + " and July,” said Tor Berg.",
                null, "https://news.example/check-" + word(), "Ferries again", "Other Paper", "2024-03-09"));
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("check-cleo", PASSWORD);
            b.submit("nav a[href='/checks']");
            b.assertAccessible("check-form");
            b.type("#text", words).type("#speaker", "Lunn");
            b.submit("form[action='/checks'] button[type=submit]");
            assertTrue(b.path().matches("/checks/\\d+"), b.path());
            String answer = b.find("#answer").getText();
            assertTrue(answer.contains("Vilde Lunn") && answer.contains("Tor Berg"), answer);
            assertTrue(b.find("#claimed").getText().contains("agrees"), b.find("#claimed").getText());
            assertTrue(!b.all("ins").isEmpty() || !b.all("del").isEmpty(), "the drifted version shows its diff");
            b.assertAccessible("check-answer");
            b.screenshot("check-answer");
            b.submit("section.card h2 a");
            assertTrue(b.path().matches("/clusters/\\d+"), b.path());
            assertTrue(b.find("#speakers").getText().contains("Vilde Lunn"), b.find("#speakers").getText());
            b.assertAccessible("cluster");
            b.screenshot("cluster");
            b.go("/quotations/" + first.quotations().get(0).id());
            assertTrue(b.find("#same-words").getText().contains("Tor Berg"), b.find("#same-words").getText());
            assertTrue(b.find("#applyToAll").isDisplayed());
            b.assertAccessible("quotation-same-words");
            b.go("/clusters?conflict=true");
            b.assertAccessible("clusters");
        }
    }
}
