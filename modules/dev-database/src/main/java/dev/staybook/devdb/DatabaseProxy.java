package dev.staybook.devdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

    public static void main(String[] args) throws IOException {
        DatabaseProxy proxy = new DatabaseProxy(Integer.parseInt(args[0]), DatabaseAddress.fromEnvironment("postgres"));
        boolean startClosed = args.length > 2 && "closed".equals(args[2]);
        if (!startClosed) {
            proxy.restore();
        }
        ServerSocket control = new ServerSocket(Integer.parseInt(args[1]), 50, InetAddress.getLoopbackAddress());
        daemon(() -> proxy.serveControl(control));
        System.out.printf("[staybook] database proxy on %d -> %s:%d, control on %s%s%n", proxy.listenPort,
                proxy.target.host(), proxy.target.port(), args[1], startClosed ? ", closed until POST /restore" : "");
    }

    /**
     * A minimal HTTP endpoint on a daemon thread (the JDK's HttpServer would keep the Maven JVM's
     * exec:java waiting for its non-daemon dispatcher): {@code POST /cut} or {@code POST /restore}, 204.
     */
    private void serveControl(ServerSocket control) {
        while (true) {
            try (Socket client = control.accept()) {
                var reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String requestLine = reader.readLine();
                for (String header = reader.readLine(); header != null && !header.isEmpty(); header = reader.readLine()) {
                    // headers are not needed
                }
                String status = "404 Not Found";
                if (requestLine != null && requestLine.startsWith("POST /cut ")) {
                    cut();
                    status = "204 No Content";
                } else if (requestLine != null && requestLine.startsWith("POST /restore ")) {
                    restore();
                    status = "204 No Content";
                }
                client.getOutputStream().write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException brokenClient) {
                // the next request gets a fresh connection
            }
        }
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
}
