package dev.staybook.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client. Liberty's remoteIp setting resolves X-Forwarded-For from trusted proxies
 * only (config/server.xml), so a client cannot claim another address to dodge rate limits.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
