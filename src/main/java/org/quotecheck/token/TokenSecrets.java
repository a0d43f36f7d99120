package org.quotecheck.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of API tokens: {@value #PREFIX} followed by 32 random bytes in URL-safe base64 (43
 * characters). The prefix makes a leaked token recognisable (secret scanners, logs); 256 random
 * bits make guessing hopeless, so a fast hash (SHA-256) is enough to store it, unlike a password.
 */
final class TokenSecrets {

    static final String PREFIX = "qc_";
    static final int RANDOM_BYTES = 32;
    /** How many characters of the secret lists show: the prefix and 8 random characters (48 bits). */
    static final int DISPLAY_LENGTH = PREFIX.length() + 8;
    private static final Pattern FORMAT = Pattern.compile("qc_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        byte[] raw = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(raw);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Whether the string could be a token at all; anything else is refused without a database look-up. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.length() == PREFIX.length() + 43 && FORMAT.matcher(secret).matches();
    }

    static String display(String secret) {
        return secret.substring(0, DISPLAY_LENGTH);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
