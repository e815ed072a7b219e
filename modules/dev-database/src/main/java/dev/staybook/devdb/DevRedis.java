package dev.staybook.devdb;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import redis.embedded.RedisServer;

/**
 * Makes sure a Redis answers where the server and the tests will look for it, as {@link DevDatabase} does for
 * PostgreSQL: a Redis that answers is used; if nothing listens and the address is local, an embedded Redis
 * (the binary shipped in embedded-redis, without persistence) is started on that port for the life of this JVM.
 * Argument: the Redis URL ({@code redis://127.0.0.1:6379}).
 */
public final class DevRedis {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1");

    private DevRedis() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            throw new IllegalArgumentException("usage: DevRedis <redis-url>");
        }
        if (args.length == 0 || args[0].isBlank()) {
            System.out.println("[staybook] no Redis URL: the server keeps its cache and counters in the process");
            return;
        }
        URI url = URI.create(args[0]);
        String host = url.getHost();
        int port = url.getPort() < 0 ? 6379 : url.getPort();
        if (isListening(host, port)) {
            System.out.printf("[staybook] Redis answers at %s:%d%n", host, port);
        } else if (!LOCAL_HOSTS.contains(host)) {
            throw new IllegalStateException("No Redis answers at %s:%d and it is not a local address: start it or change the URL"
                    .formatted(host, port));
        } else {
            System.out.printf("[staybook] no Redis at %s:%d; starting an embedded one%n", host, port);
            // on daemon threads and a class loader that stays open: its output readers must not hold exec:java up,
            // and its shutdown hook, which stops it when the build ends, loads classes after exec:java has returned
            ClassLoader kept = DaemonStart.keptOpenCopyOf(DevRedis.class.getClassLoader());
            Method start = kept.loadClass(DevRedis.class.getName()).getDeclaredMethod("start", String.class, int.class);
            start.setAccessible(true);
            DaemonStart.run("staybook-embedded-redis", kept, () -> start.invoke(null, host, port));
        }
    }

    private static void start(String host, int port) throws IOException {
        RedisServer.newRedisServer().bind(host).port(port)
                .setting("save \"\"").setting("appendonly no")
                .onShutdownForceStop(true)
                .build().start();
    }

    private static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
