package org.quotecheck.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses addresses that a server-side fetch must not reach on a caller's behalf: loopback,
 * unspecified, private (RFC 1918, unique-local IPv6, carrier-grade NAT), link-local (which holds
 * the cloud metadata service 169.254.169.254), multicast, broadcast and the reserved ranges;
 * IPv4-mapped and IPv4-compatible IPv6 forms are judged as the IPv4 address they carry.
 * Blocks named in the configuration are let through.
 */
final class AddressGuard {

    private static final List<Cidr> BLOCKED = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"), Cidr.parse("192.0.2.0/24"), Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"), Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.0/24"),
            Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::/128"), Cidr.parse("::1/128"), Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"),
            Cidr.parse("fec0::/10"), Cidr.parse("ff00::/8"), Cidr.parse("64:ff9b::/96"),
            Cidr.parse("2001:db8::/32"));

    private final List<Cidr> allowed;

    AddressGuard(List<String> allowedBlocks) {
        List<Cidr> parsed = new ArrayList<>();
        for (String block : allowedBlocks) {
            parsed.add(Cidr.parse(block.strip()));
        }
        this.allowed = List.copyOf(parsed);
    }

    /** Null when the address may be fetched, else why not (for the problem's detail). */
    String refusal(InetAddress address) {
        InetAddress judged = embeddedIpv4(address);
        for (Cidr a : allowed) {
            if (a.contains(judged) || a.contains(address)) {
                return null;
            }
        }
        for (Cidr b : BLOCKED) {
            if (b.contains(judged)) {
                return describe(judged);
            }
        }
        return null;
    }

    private static String describe(InetAddress a) {
        String ip = a.getHostAddress();
        if (ip.equals("169.254.169.254") || ip.equals("fd00:ec2:0:0:0:0:0:254")) {
            return "a cloud metadata address (" + ip + ")";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address (" + ip + ")";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address (" + ip + ")";
        }
        if (a.isSiteLocalAddress() || (a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc)) {
            return "a private address (" + ip + ")";
        }
        return "a reserved or non-public address (" + ip + ")";
    }

    /** ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address; judge that one. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    /** An address block: network bytes and prefix length. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String block) {
            int slash = block.indexOf('/');
            String host = slash < 0 ? block : block.substring(0, slash);
            byte[] bytes = literal(host);
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(block.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in '" + block + "'");
            }
            return new Cidr(bytes, prefix);
        }

        /** An IP literal only: a configured block never triggers a DNS look-up. */
        private static byte[] literal(String host) {
            boolean ipv6 = host.contains(":");
            boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            if (!ipv4 && !ipv6) {
                throw new IllegalArgumentException("'" + host + "' is not an IP address (quotecheck.fetch.allowed-addresses"
                        + " takes CIDR blocks such as 127.0.0.1/32)");
            }
            try {
                return InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + host + "' is not an IP address", e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
