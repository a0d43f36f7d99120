package org.quotecheck.fetch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private static final AddressGuard DEFAULTS = new AddressGuard(List.of());

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "169.254.1.1", "100.64.0.1", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "64:ff9b::a00:1"})
    void refusesInternalAddressesByDefault(String address) throws Exception {
        assertNotNull(DEFAULTS.refusal(ip(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "192.169.0.1", "100.128.0.1",
            "2606:4700:4700::1111", "2a00:1450:4001::200e"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertNull(DEFAULTS.refusal(ip(address)), address);
    }

    @Test
    void configuredBlocksAreLetThroughAndNothingElse() throws Exception {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1/32", "10.20.0.0/16"));
        assertNull(guard.refusal(ip("127.0.0.1")));
        assertNull(guard.refusal(ip("::ffff:127.0.0.1")));
        assertNull(guard.refusal(ip("10.20.99.1")));
        assertNotNull(guard.refusal(ip("127.0.0.2")));
        assertNotNull(guard.refusal(ip("10.21.0.1")));
        assertNotNull(guard.refusal(ip("169.254.169.254")));
    }

    @Test
    void aConfiguredBlockMustBeAnIpLiteral() {
        assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("localhost/32")));
        assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("10.0.0.0/33")));
    }
}
