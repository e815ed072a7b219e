package dev.staybook.listings.internal.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a subscribed calendar without becoming a way into the server's network (SSRF): the host name is resolved
 * and every address it has must be public ({@link PublicAddresses}) and not the server's own before a request is sent, redirects are followed
 * by hand (at most {@link #MAX_REDIRECTS}), each target checked again, no proxy is used, the whole exchange has one
 * deadline ({@code staybook.listings.calendar-sync.timeout}) and the body at most {@link #MAX_BYTES}. The connection
 * goes to the address just checked as the JVM caches the lookup (30 s by default); a name that changes its answer
 * within that moment (DNS rebinding) is the remaining gap, accepted for now.
 * <p>
 * {@code staybook.listings.calendar-sync.loopback-port}, unset by default, lets loopback addresses through on that one
 * port: the system tests serve calendars from their own WireMock. Production mode refuses it ({@link CalendarLoopbackPort}).
 */
@ApplicationScoped
public class CalendarFetcher {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_REDIRECTS = 3;

    @Inject
    @ConfigProperty(name = "staybook.listings.calendar-sync.timeout", defaultValue = "PT20S")
    Duration timeout;
    @Inject
    CalendarLoopbackPort loopback;
    @Inject
    Clock clock;

    private volatile HttpClient http;

    /** Fails unless the URL's host resolves to public addresses only (or the allowed loopback port). */
    public void requireAllowed(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw FetchFailed.refused("only http and https URLs with a host are fetched");
        }
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw FetchFailed.refused("the host " + url.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            boolean testServer = address.isLoopbackAddress() && loopback.allows(port);
            if (!PublicAddresses.isPublic(address) && !testServer) {
                throw FetchFailed.refused("the host " + url.getHost() + " has a private, loopback or link-local address");
            }
            if (!testServer && isThisMachine(address)) {
                throw FetchFailed.refused("the host " + url.getHost() + " is the server's own machine");
            }
        }
    }

    /** An address of one of this machine's interfaces, public or not: its other services are not calendars to fetch. */
    static boolean isThisMachine(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException unknown) {
            return true;
        }
    }

    /** The calendar's text (UTF-8, as RFC 5545 says; whatever the Content-Type). */
    public String fetch(URI url) {
        Instant deadline = clock.instant().plus(timeout);
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            requireAllowed(current);
            HttpResponse<byte[]> response = send(current, Duration.between(clock.instant(), deadline));
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == MAX_REDIRECTS) {
                    throw FetchFailed.because("more than " + MAX_REDIRECTS + " redirects");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> FetchFailed.because("a redirect (HTTP " + status + ") without a Location"));
                current = redirectTarget(current, location);
                continue;
            }
            if (status != 200) {
                throw FetchFailed.because("the server answered HTTP " + status);
            }
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw FetchFailed.because("a redirect to something that is not a URL");
        }
    }

    /** One request of the exchange, given what is {@code left} of its deadline (each redirect spends some). */
    private HttpResponse<byte[]> send(URI url, Duration left) {
        if (left.isNegative() || left.isZero()) {
            throw FetchFailed.because("no complete answer within " + timeout.toSeconds() + " s");
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(left).header("Accept", "text/calendar, */*;q=0.5")
                .header("User-Agent", "Staybook calendar sync").GET().build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request,
                info -> new LimitedBody(MAX_BYTES, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return exchange.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            throw FetchFailed.because("no complete answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof FetchFailed known) {
                throw known;
            }
            if (cause instanceof IOException && cause.getCause() instanceof FetchFailed known) {
                throw known;
            }
            if (cause instanceof java.net.http.HttpConnectTimeoutException) {
                throw FetchFailed.because("no connection within " + timeout.toSeconds() + " s");
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the request's own timeout (the same length) may fire before the deadline above
                throw FetchFailed.because("no complete answer within " + timeout.toSeconds() + " s");
            }
            if (cause instanceof java.net.ConnectException) {
                throw FetchFailed.because("the server refused the connection");
            }
            throw FetchFailed.because("the calendar could not be fetched" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw FetchFailed.because("interrupted");
        }
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            // no proxy: the connection must go to the address that was checked
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY)
                    .connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
            http = client;
        }
        return client;
    }
}
