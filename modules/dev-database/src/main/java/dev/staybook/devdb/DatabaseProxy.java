package dev.staybook.devdb;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of PostgreSQL for the system tests, so that a test can take the database away
 * and bring it back without touching the real server other builds share: {@code POST /cut} closes every
 * connection and refuses new ones (what the application sees when PostgreSQL restarts or the network
 * fails), {@code POST /restore} accepts connections again. Arguments:
 * {@code <listen-port> <control-port>}; the target is STAYBOOK_DB_HOST/PORT. Runs in the Maven JVM
 * (exec:java) for the life of the build, on daemon threads.
 */
public final class DatabaseProxy {

    private final int listenPort;
    private final DatabaseAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private DatabaseProxy(int listenPort, DatabaseAddress target) {
        this.listenPort = listenPort;
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        DatabaseProxy proxy = new DatabaseProxy(Integer.parseInt(args[0]), DatabaseAddress.fromEnvironment("postgres"));
        proxy.restore();
        // the control server's dispatcher thread must be a daemon too, or exec:java waits for it forever
        DaemonStart.run("staybook-db-proxy-control", () -> {
            HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])), 0);
            control.createContext("/cut", exchange -> respond(exchange, proxy::cut));
            control.createContext("/restore", exchange -> respond(exchange, proxy::restore));
            control.start();
        });
        System.out.printf("[staybook] database proxy on %d -> %s:%d, control on %s%n", proxy.listenPort,
                proxy.target.host(), proxy.target.port(), args[1]);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, IoAction action) throws IOException {
        action.run();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    synchronized void restore() throws IOException {
        if (listener != null) {
            return;
        }
        listener = new ServerSocket(listenPort, 200, InetAddress.getLoopbackAddress());
        ServerSocket accepting = listener;
        daemon(() -> acceptFrom(accepting));
    }

    synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void acceptFrom(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket server = new Socket(target.host(), target.port());
                open.add(client);
                open.add(server);
                daemon(() -> pump(client, server));
                daemon(() -> pump(server, client));
            } catch (IOException closedOrRefused) {
                // the listener was cut, or PostgreSQL itself refused: the client's connection fails either way
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException connectionEnded) {
            // one side closed or was cut
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to do
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "staybook-db-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    /** An I/O action of the control API. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
