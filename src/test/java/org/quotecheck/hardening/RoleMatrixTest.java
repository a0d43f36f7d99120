package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.fields;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/**
 * The role matrix, written once: every route of the API and the desk × every kind of account. The
 * desk must enforce exactly what the API enforces; a row says the least an account needs.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String PASSWORD = "matrix-password-1";

    enum Needs { ANYONE, SIGNED_IN, REVIEWER, ADMIN }

    enum Account {
        ANONYMOUS(null), DISABLED("matrix-disabled"), REVIEWER("matrix-reviewer"), ADMIN_ONLY("matrix-admin-only"),
        ADMIN("matrix-admin");

        final String user;

        Account(String user) {
            this.user = user;
        }

        boolean may(Needs needs) {
            return switch (needs) {
                case ANYONE -> true;
                case SIGNED_IN -> this == REVIEWER || this == ADMIN_ONLY || this == ADMIN;
                case REVIEWER -> this == REVIEWER || this == ADMIN;
                case ADMIN -> this == ADMIN_ONLY || this == ADMIN;
            };
        }
    }

    /** A route: method, path ({q}, {a}, {s}, {u} are filled in), body (JSON for the API, form fields for the desk). */
    record Route(String method, String path, String body, Needs needs) {
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/extractions", "{\"text\":\"“Hi,” she said.\"}", Needs.ANYONE),
            new Route("GET", "/api/v1/me", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/articles", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/articles/{a}", null, Needs.SIGNED_IN),
            new Route("POST", "/api/v1/articles", "{\"text\":\"“Matrix {n},” she said.\"}", Needs.REVIEWER),
            new Route("GET", "/api/v1/quotations", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/quotations/{q}", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/quotations/{q}/reviews", null, Needs.SIGNED_IN),
            new Route("POST", "/api/v1/quotations/{q}/reviews", "{\"verdict\":\"VERIFIED\",\"version\":999}",
                    Needs.REVIEWER),
            new Route("GET", "/api/v1/speakers", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/speakers/{s}", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/rules", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/rules/said-after", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/imports", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/clusters", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/clusters/1", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/quotations?conflict=true&cluster=1", null, Needs.SIGNED_IN),
            // a check stores a record in the asker's name: like every API write, the reviewer's
            new Route("POST", "/api/v1/checks", "{\"text\":\"Did she really say {n}?\"}", Needs.REVIEWER),
            new Route("GET", "/api/v1/checks", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/checks/1", null, Needs.SIGNED_IN),
            // exports are reads: any signed-in account (an unreviewed quotation's ClaimReview is a 409: still allowed)
            new Route("GET", "/api/v1/exports/quotations.ndjson?articleId={a}", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/exports/quotations.csv?articleId={a}", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/exports/claim-reviews.ndjson?articleId={a}", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/quotations/{q}/claim-review", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/quotations/{q}/annotation", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/clusters/1/claim-review", null, Needs.SIGNED_IN),
            new Route("GET", "/api/v1/users", null, Needs.ADMIN),
            new Route("GET", "/api/v1/users/{u}", null, Needs.ADMIN),
            new Route("POST", "/api/v1/users", "{\"username\":\"m\",\"password\":\"x\"}", Needs.ADMIN),
            new Route("PUT", "/api/v1/users/{u}/enabled", "{\"enabled\":true}", Needs.ADMIN),
            // API tokens: every signed-in account manages its own ({t} is another account's: 404 is allowed)
            new Route("GET", "/api/v1/tokens", null, Needs.SIGNED_IN),
            new Route("POST", "/api/v1/tokens", "{\"name\":\"matrix {n}\"}", Needs.SIGNED_IN),
            new Route("GET", "/api/v1/tokens/{t}", null, Needs.SIGNED_IN),
            new Route("DELETE", "/api/v1/tokens/{t}", null, Needs.SIGNED_IN),
            // feeds: administrators only, reads included, on the API and the desk ({f} is a feed of the matrix)
            new Route("GET", "/api/v1/feeds", null, Needs.ADMIN),
            new Route("POST", "/api/v1/feeds", "{\"url\":\"http://127.0.0.1:1/matrix-{n}.xml\"}", Needs.ADMIN),
            new Route("GET", "/api/v1/feeds/{f}", null, Needs.ADMIN),
            new Route("GET", "/api/v1/feeds/{f}/items", null, Needs.ADMIN),
            new Route("PATCH", "/api/v1/feeds/{f}", "{\"enabled\":true}", Needs.ADMIN),
            new Route("POST", "/api/v1/feeds/{f}/poll", null, Needs.ADMIN),
            new Route("DELETE", "/api/v1/feeds/999999999", null, Needs.ADMIN),
            new Route("GET", "/admin/feeds", null, Needs.ADMIN),
            new Route("POST", "/admin/feeds", "url=", Needs.ADMIN),
            new Route("POST", "/admin/feeds/{f}/enabled", "enabled=true", Needs.ADMIN),
            new Route("POST", "/admin/feeds/{f}/poll", "", Needs.ADMIN),
            new Route("POST", "/admin/feeds/999999999/delete", "", Needs.ADMIN),
            new Route("GET", "/login", null, Needs.ANYONE),
            // single sign-on: off in this (default) profile, so 404 for every account; with it on the
            // code flow starts for anyone (hardening.SsoCodeFlowTest)
            new Route("GET", "/sso/login", null, Needs.ANYONE),
            new Route("GET", "/sso/error", null, Needs.ANYONE),
            new Route("GET", "/", null, Needs.SIGNED_IN),
            new Route("GET", "/articles/new", null, Needs.SIGNED_IN),
            new Route("POST", "/articles", "format=text&body=", Needs.REVIEWER),
            new Route("GET", "/articles/{a}", null, Needs.SIGNED_IN),
            new Route("GET", "/quotations/{q}", null, Needs.SIGNED_IN),
            new Route("POST", "/quotations/{q}/claim", "", Needs.REVIEWER),
            new Route("POST", "/quotations/{q}/review", "verdict=&version=999", Needs.REVIEWER),
            new Route("GET", "/speakers", null, Needs.SIGNED_IN),
            new Route("GET", "/checks", null, Needs.SIGNED_IN),
            new Route("POST", "/checks", "text=", Needs.REVIEWER),
            new Route("GET", "/checks/1", null, Needs.SIGNED_IN),
            new Route("GET", "/clusters", null, Needs.SIGNED_IN),
            new Route("GET", "/clusters/1", null, Needs.SIGNED_IN),
            new Route("GET", "/exports", null, Needs.SIGNED_IN),
            new Route("GET", "/exports/download?format=csv&q=matrix", null, Needs.SIGNED_IN),
            new Route("GET", "/exports/quotations/{q}/annotation", null, Needs.SIGNED_IN),
            new Route("GET", "/exports/quotations/{q}/claim-review", null, Needs.SIGNED_IN),
            new Route("GET", "/exports/clusters/1/claim-review", null, Needs.SIGNED_IN),
            new Route("GET", "/rules", null, Needs.SIGNED_IN),
            new Route("GET", "/imports", null, Needs.SIGNED_IN),
            new Route("GET", "/speakers/{s}", null, Needs.SIGNED_IN),
            new Route("GET", "/admin/users", null, Needs.ADMIN),
            new Route("POST", "/admin/users", "username=m&password=x", Needs.ADMIN),
            new Route("POST", "/admin/users/{u}/enabled", "enabled=true", Needs.ADMIN),
            new Route("GET", "/tokens", null, Needs.SIGNED_IN),
            new Route("POST", "/tokens", "name=matrix", Needs.SIGNED_IN),
            new Route("POST", "/tokens/{t}/revoke", "", Needs.SIGNED_IN));

    @Inject
    UserService users;

    @Test
    void everyRouteAllowsExactlyTheAccountsItsRowNames() {
        matrix(a -> Http.basic(a.user, PASSWORD));
    }

    /** The same matrix with API tokens on the API: a token has exactly its account's roles. */
    @Test
    void apiTokensAllowExactlyWhatTheirAccountsMay() {
        users.createIfAbsent(Account.DISABLED.user, PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
        users.setEnabled(Account.DISABLED.user, true);
        Map<Account, String> tokens = new EnumMap<>(Account.class);
        for (Account a : Account.values()) {
            if (a.user != null) {
                accounts();
                tokens.put(a, "Bearer " + newToken(a.user));
            }
        }
        matrix(tokens::get); // the disabled account's token was made while it was enabled
    }

    private void accounts() {
        users.createIfAbsent(Account.REVIEWER.user, PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent(Account.ADMIN_ONLY.user, PASSWORD, Set.of(Role.ADMIN));
        users.createIfAbsent(Account.ADMIN.user, PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
        users.createIfAbsent(Account.DISABLED.user, PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
    }

    private static String newToken(String user) {
        Http.Answer a = send("POST", "/api/v1/tokens", utf8("{\"name\":\"matrix\"}"), "Content-Type", "application/json",
                "Authorization", Http.basic(user, PASSWORD));
        if (a.status() != 201) {
            throw new IllegalStateException("token for " + user + ": " + a.status() + " " + a.body());
        }
        return a.body().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    private void matrix(java.util.function.Function<Account, String> authorization) {
        accounts();
        users.setEnabled(Account.DISABLED.user, true);
        Map<Account, Http.Desk> desks = new EnumMap<>(Account.class);
        for (Account a : Account.values()) {
            if (a.user != null) {
                desks.put(a, Http.Desk.signIn(a.user, PASSWORD));
            }
        }
        users.setEnabled(Account.DISABLED.user, false); // its session began before: it must stop working

        String basic = Http.basic(Account.ADMIN.user, PASSWORD);
        Http.Stored stored = Http.Stored.article(basic);
        long article = stored.article();
        String quotation = Long.toString(stored.quotation());
        String speaker = Long.toString(stored.speaker());
        // a token of an account outside the matrix: every account may ask, none finds it
        users.createIfAbsent("matrix-bystander", PASSWORD, Set.of(Role.REVIEWER));
        String token = send("POST", "/api/v1/tokens", utf8("{\"name\":\"bystander\"}"), "Content-Type",
                "application/json", "Authorization", Http.basic("matrix-bystander", PASSWORD)).body()
                .replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        // a feed nobody can reach (port 1 refuses at once): polling it fails fast
        String feed = send("POST", "/api/v1/feeds", utf8("{\"url\":\"http://127.0.0.1:1/matrix-"
                + java.util.UUID.randomUUID() + ".xml\"}"), "Content-Type", "application/json", "Authorization", basic)
                .body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Route r : ROUTES) {
            String path = r.path().replace("{a}", Long.toString(article)).replace("{q}", quotation)
                    .replace("{s}", speaker).replace("{u}", Account.REVIEWER.user).replace("{t}", token).replace("{f}", feed);
            for (Account a : Account.values()) {
                cells++;
                String body = r.body() == null ? null : r.body().replace("{n}", java.util.UUID.randomUUID().toString());
                Http.Answer answer = r.api() ? api(r.method(), path, body, a.user == null ? null : authorization.apply(a))
                        : desk(r.method(), path, body, desks.get(a));
                String outcome = outcome(r, answer);
                // Credentials that do not work are refused on the API even where none are needed.
                String expected = a == Account.DISABLED && r.api() ? "unauthenticated"
                        : a.may(r.needs()) ? "allowed"
                        : a == Account.ANONYMOUS || a == Account.DISABLED ? "unauthenticated" : "forbidden";
                if (!outcome.equals(expected)) {
                    wrong.add(r.method() + " " + r.path() + " as " + a + ": " + outcome + " (" + answer.status()
                            + "), expected " + expected);
                }
            }
        }
        assertTrue(cells >= 140, cells + " cells");
        assertEquals(List.of(), wrong);
    }

    private static Http.Answer api(String method, String path, String body, String authorization) {
        return send(method, path, body == null ? null : utf8(body), "Content-Type", body == null ? null : "application/json",
                "Authorization", authorization);
    }

    private static Http.Answer desk(String method, String path, String body, Http.Desk desk) {
        if (method.equals("GET")) {
            return desk == null ? send("GET", path, null) : desk.get(path);
        }
        Map<String, String> form = fields();
        for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
            if (!pair.isEmpty()) {
                form.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return desk == null ? send(method, path, utf8(body), "Content-Type", "application/x-www-form-urlencoded")
                : desk.form(path, form);
    }

    /** allowed, unauthenticated (401 challenge on the API, sign-in redirect on the desk) or forbidden (403). */
    static String outcome(Route r, Http.Answer a) {
        if (a.status() == 403) {
            return r.api() && !a.contentType().startsWith("application/problem+json") ? "403 without a problem"
                    : "forbidden";
        }
        if (r.api() && a.status() == 401) {
            return a.contentType().startsWith("application/problem+json") && a.header("WWW-Authenticate") != null
                    ? "unauthenticated" : "401 without problem or challenge";
        }
        String location = a.header("Location");
        if (!r.api() && (a.status() == 302 || a.status() == 303) && location != null && location.contains("/login")) {
            return "unauthenticated";
        }
        if (a.status() == 401) {
            return "unauthenticated";
        }
        if (r.api() && a.status() == 429 && a.header("Retry-After") != null) {
            return "unauthenticated"; // the failed sign-ins of the disabled account reached its budget
        }
        return a.status() >= 500 ? "error " + a.status() : "allowed";
    }
}
