package dev.staybook.listings.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.0.1", "::1", "::", "fe80::1", "fc00::1",
            "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::127.0.0.1",
            "64:ff9b::a00:1", "2002:a00:1::1", "2002:7f00:1::", "::ffff:0:127.0.0.1", "::ffff:0:a00:1", "64:ff9b:1::7f00:1",
            "64:ff9b:1:7f:0:100::", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "100::1", "192.0.2.2", "198.51.100.7",
            "203.0.113.200", "64:ff9b::c000:202"})
    void refusesLoopbackPrivateLinkLocalAndTheirIpv6Forms(String address) throws UnknownHostException {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8",
            "64:ff9b::808:808", "2002:808:808::1", "::ffff:0:808:808", "2001:4860:4860::8888", "192.0.3.1", "198.51.101.1",
            "203.0.114.1"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }
}
