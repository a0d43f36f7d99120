package org.quotecheck.user;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/** Creates the first administrator from configuration and, in dev mode, the demo reviewer. */
@ApplicationScoped
class AccountBootstrap {

    static final String DEMO_USERNAME = "demo";
    static final String DEMO_PASSWORD = "demo-reviewer";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    void onStart(@Observes StartupEvent event, AccountsConfig.Admin admin, AccountsConfig.Demo demo,
            UserService users) {
        admin.password().filter(p -> !p.isBlank()).ifPresentOrElse(password -> {
            if (users.createIfAbsent(admin.username(), password, Set.of(Role.ADMIN, Role.REVIEWER))) {
                LOG.infof("Created administrator '%s' from configuration", admin.username());
            }
        }, () -> LOG.debug("quotecheck.admin.password is unset: no administrator created"));
        if (demo.enabled()
                && users.createIfAbsent(DEMO_USERNAME, DEMO_PASSWORD, Set.of(Role.REVIEWER))) {
            LOG.infof("Dev mode: created demo reviewer '%s' / '%s'", DEMO_USERNAME, DEMO_PASSWORD);
        }
    }
}
