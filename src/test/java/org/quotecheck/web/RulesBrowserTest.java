package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;
import org.quotecheck.review.QuotationView;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The Rules page: every step in order, reached from a quotation's rule. */
@QuarkusTest
class RulesBrowserTest {

    static final String PASSWORD = "rules-password-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    @BeforeEach
    void account() {
        users.createIfAbsent("rules-rita", PASSWORD, Set.of(Role.REVIEWER));
    }

    @Test
    void aQuotationsRuleLinksToItsEntryOnTheRulesPage() throws Exception {
        ArticleView a = articles.ingest(new IngestCommand("""
                “The ferry to Halvoy will run twice a day from June,” said Edda Lunn, the harbour master.""",
                null, "https://news.example/rules-ferry", "Ferry to Halvoy", "Rules Test Daily", "2024-03-06"))
                .article();
        QuotationView q = a.quotations().get(0);
        assertNotEquals("none", q.rule(), "the test sentence is attributed by a rule");
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("rules-rita", PASSWORD).go("/quotations/" + q.id());
            b.submit("#rule a");
            assertEquals("/rules#rule-" + q.rule(), b.path());
            WebElement entry = b.find("#rule-" + q.rule());
            assertTrue(entry.isDisplayed());
            assertEquals(Boolean.TRUE, b.js("return document.querySelector(':target') === arguments[0];", entry),
                    "the page is at the rule's entry");
            RuleInfo rule = QuoteExtractor.standard().rules().stream()
                    .filter(r -> r.id().equals(q.rule())).findFirst().orElseThrow();
            assertTrue(entry.getText().contains(rule.description()), entry.getText());
            b.assertAccessible("rules");
            b.screenshot("rules");
        }
    }

    @Test
    void theRulesPageListsEveryStepInOrderAndIsInTheNavigation() throws Exception {
        List<RuleInfo> steps = QuoteExtractor.standard().rules();
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("rules-rita", PASSWORD);
            b.submit("nav a[href='/rules']");
            assertEquals("/rules", b.path());
            List<String> anchors = b.all("ol.rules > li").stream().map(e -> e.getAttribute("id")).toList();
            assertEquals(steps.stream().map(r -> "rule-" + r.id()).toList(), anchors);
            String text = b.text();
            for (RuleInfo r : steps) {
                if (r.confidence() != null) {
                    assertTrue(b.find("#rule-" + r.id()).getText().contains(String.valueOf(r.confidence())), r.id());
                }
                for (RuleInfo.Variant v : r.variants()) {
                    assertTrue(b.find("#rule-" + r.id()).getText().contains(v.name()), r.id() + " " + v.name());
                }
            }
            assertTrue(b.all("script").isEmpty() && b.all("style").isEmpty() && b.all("[style]").isEmpty(),
                    "no inline script or style");
            assertTrue(text.contains("Attribution rules"), text);
        }
    }
}
