package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.fields;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** Every state-changing desk request needs the CSRF token, whatever its content type. */
@QuarkusTest
class DeskCsrfTest {

    static final String PASSWORD = "csrf-password-12";

    @Inject
    UserService users;

    /** Content type and body of a forged request (no token anywhere). */
    static final List<String[]> FORGERIES = List.of(new String[] {"text/plain", "enabled=false"},
            new String[] {null, ""}, new String[] {null, "enabled=false"},
            new String[] {"application/x-www-form-urlencoded", "enabled=false"},
            new String[] {"application/x-www-form-urlencoded", ""},
            new String[] {"application/json", "{\"enabled\":false}"},
            new String[] {"multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"enabled\""
                    + "\r\n\r\nfalse\r\n--b--\r\n"},
            new String[] {"application/x-www-form-urlencoded", "csrf-token=forged&enabled=false"});

    static final List<String> ROUTES = Arrays.asList("/admin/users/csrf-target/enabled", "/admin/users",
            "/articles", "/quotations/{q}/claim", "/quotations/{q}/review", "/tokens", "/tokens/{t}/revoke", "/checks",
            "/admin/feeds", "/admin/feeds/{f}/enabled", "/admin/feeds/{f}/poll", "/admin/feeds/{f}/delete", "/logout");

    @Test
    void everyStateChangingDeskRequestWithoutAValidTokenIsRefusedAndChangesNothing() {
        users.createIfAbsent("csrf-admin", PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
        users.createIfAbsent("csrf-target", PASSWORD, Set.of(Role.REVIEWER));
        users.setEnabled("csrf-target", true);
        Http.Desk desk = Http.Desk.signIn("csrf-admin", PASSWORD);
        String basic = Http.basic("csrf-admin", PASSWORD);
        String q = Long.toString(Http.Stored.article(basic).quotation());
        String t = send("POST", "/api/v1/tokens", utf8("{\"name\":\"csrf target\"}"), "Content-Type",
                "application/json", "Authorization", basic).body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        String tokensBefore = send("GET", "/api/v1/tokens", null, "Authorization", basic).body();
        String f = send("POST", "/api/v1/feeds", utf8("{\"url\":\"http://127.0.0.1:1/csrf-" + java.util.UUID.randomUUID()
                + ".xml\"}"), "Content-Type", "application/json", "Authorization", basic).body()
                .replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        String feedsBefore = send("GET", "/api/v1/feeds?size=100", null, "Authorization", basic).body();

        List<String> accepted = new ArrayList<>();
        for (String route : ROUTES) {
            for (String[] forgery : FORGERIES) {
                Http.Answer a = send("POST", route.replace("{q}", q).replace("{t}", t).replace("{f}", f), utf8(forgery[1]),
                        "Content-Type", forgery[0],
                        "Cookie", desk.cookies());
                if (a.status() < 400 || a.status() >= 500) {
                    accepted.add(route + " as " + forgery[0] + " '" + forgery[1] + "': " + a.status());
                }
            }
        }
        assertEquals(List.of(), accepted);
        assertTrue(users.find("csrf-target").orElseThrow().enabled(), "the forged posts disabled the target");
        assertTrue(desk.get("/quotations/" + q).body().contains("Claim while I work on it"), "a forged claim stuck");
        assertEquals(200, desk.get("/").status(), "a forged sign-out ended the session");
        assertEquals(tokensBefore, send("GET", "/api/v1/tokens", null, "Authorization", basic).body(),
                "a forged post created or revoked a token");
        assertEquals(feedsBefore, send("GET", "/api/v1/feeds?size=100", null, "Authorization", basic).body(),
                "a forged post registered, changed, polled or deleted a feed");
    }

    @Test
    void theSameRequestsWithTheTokenWork() {
        users.createIfAbsent("csrf-admin", PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
        users.createIfAbsent("csrf-target2", PASSWORD, Set.of(Role.REVIEWER));
        Http.Desk desk = Http.Desk.signIn("csrf-admin", PASSWORD);
        Http.Answer a = desk.form("/admin/users/csrf-target2/enabled", fields("enabled", "false"));
        assertEquals(303, a.status(), a.body());
        assertTrue(!users.find("csrf-target2").orElseThrow().enabled());
        Http.Answer created = desk.form("/tokens", fields("name", "with+the+token"));
        assertEquals(201, created.status(), created.body());
        String id = created.body().replaceAll("(?s)^.*?data-token=\"(\\d+)\".*", "$1");
        assertEquals(303, desk.form("/tokens/" + id + "/revoke", fields()).status());
        String feed = send("POST", "/api/v1/feeds", utf8("{\"url\":\"http://127.0.0.1:1/csrf-ok-" + java.util.UUID.randomUUID()
                + ".xml\"}"), "Content-Type", "application/json", "Authorization", Http.basic("csrf-admin", PASSWORD))
                .body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        assertEquals(303, desk.form("/admin/feeds/" + feed + "/enabled", fields("enabled", "false")).status());
        assertTrue(send("GET", "/api/v1/feeds/" + feed, null, "Authorization", Http.basic("csrf-admin", PASSWORD)).body()
                .contains("\"enabled\":false"));
    }
}
