package org.quotecheck.hardening;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Small limits, so that tests reach them in a few requests (one application start for all of them). */
public class LimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotecheck.limits.max-quotations", "5",
                "quotecheck.limits.dry-run.anonymous-max-chars", "1000",
                "quotecheck.limits.dry-run.anonymous-per-minute", "3",
                "quotecheck.security.sign-in.account-failures", "3",
                "quotecheck.security.sign-in.address-failures", "100000",
                "quotecheck.seeds.enabled", "false");
    }
}
