package dev.staybook.listings.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses the server may fetch a host's URL from: public unicast ones only. Refused are loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), link-local (169.254/16, the cloud metadata
 * service, and fe80::/10), multicast, unspecified, broadcast, benchmarking (198.18/15), documentation (192.0.2/24,
 * 198.51.100/24, 203.0.113/24: never routed publicly, so only a local network would answer) and reserved ranges, and IPv6 forms that carry an IPv4
 * address (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64 64:ff9b::/96, 6to4 2002::/16) when that address is refused;
 * local-use NAT64 (64:ff9b:1::/48), Teredo (2001::/32), documentation (2001:db8::/32) and discard-only (100::/64)
 * always.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        return address instanceof Inet6Address && isPublicIpv6(bytes);
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && second >= 64 && second < 128
                || first == 169 && second == 254
                || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168
                || first == 192 && second == 0 && ((b[2] & 0xff) == 0 || (b[2] & 0xff) == 2)
                || first == 198 && (second == 18 || second == 19)
                || first == 198 && second == 51 && (b[2] & 0xff) == 100
                || first == 203 && second == 0 && (b[2] & 0xff) == 113);
    }

    private static boolean isPublicIpv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80 || (b[0] & 0xff) == 0xff) {
            return false; // unique local, link-local, multicast
        }
        if (isZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 10, 12))) {
            return isEmbeddedPublic(b, 12); // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d (and :: and ::1)
        }
        if (isZero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && isZero(b, 10, 12)) {
            return isEmbeddedPublic(b, 12); // IPv4-translated ::ffff:0:a.b.c.d
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01) || startsWith(b, 0x20, 0x01, 0x00, 0x00)
                || startsWith(b, 0x20, 0x01, 0x0d, 0xb8) || startsWith(b, 0x01, 0x00) && isZero(b, 2, 8)) {
            return false; // local-use NAT64 64:ff9b:1::/48 (any prefix length), Teredo, documentation, discard-only
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12)) {
            return isEmbeddedPublic(b, 12); // NAT64
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isEmbeddedPublic(b, 2); // 6to4
        }
        return true;
    }

    private static boolean isEmbeddedPublic(byte[] b, int from) {
        try {
            InetAddress embedded = InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
            return isPublic(embedded);
        } catch (UnknownHostException impossible) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
