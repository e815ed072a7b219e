package dev.staybook.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names this server instance in the deliveries it handles, so operators see which instance tried what. */
final class DeliveryInstance {

    static final String NAME = host() + ":" + ProcessHandle.current().pid();

    private DeliveryInstance() {
    }

    private static String host() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
