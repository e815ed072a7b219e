package dev.staybook.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Deploys a WAR into a Liberty server that is already running (the one the build starts for the system
 * tests) and removes it afterwards. It never starts or stops the server. A deployment is the archive in the
 * server's {@code apps} folder plus a {@code configDropins/overrides} file declaring it (with the shared
 * library the archive's class loader must see, which a plain dropins application cannot have); Liberty picks
 * both up by itself, and the adapter waits for the server log to say the application started or failed.
 * Tests run in the server through Arquillian's Servlet protocol.
 */
public class LibertyRemoteContainer implements DeployableContainer<LibertyRemoteConfiguration> {

    private static final String SERVLET_RUNNER = "ArquillianServletRunnerEE9";

    private LibertyRemoteConfiguration configuration;

    @Override
    public Class<LibertyRemoteConfiguration> getConfigurationClass() {
        return LibertyRemoteConfiguration.class;
    }

    @Override
    public void setup(LibertyRemoteConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * The build owns the server; this only removes what an interrupted earlier run left behind (a declaration whose
     * application is still running would make the same deployment look started already).
     */
    @Override
    public void start() throws LifecycleException {
        Path overrides = serverDir().resolve("configDropins").resolve("overrides");
        if (!Files.isDirectory(overrides)) {
            return;
        }
        try (Stream<Path> left = Files.list(overrides)) {
            for (Path declaration : left.filter(file -> file.getFileName().toString().matches("arquillian-[a-z0-9-]+\\.xml")).toList()) {
                String name = declaration.getFileName().toString().replaceAll("^arquillian-|\\.xml$", "");
                ServerLog log = ServerLog.of(serverDir());
                Files.delete(declaration);
                log.awaitIfRunning(Duration.ofMinutes(1), name);
                Files.deleteIfExists(serverDir().resolve("apps").resolve(name + ".war"));
            }
        } catch (IOException e) {
            throw new LifecycleException("Could not clean up after an earlier run in " + overrides, e);
        }
    }

    @Override
    public void stop() {
        // the build owns the server
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 6.0");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = applicationName(archive);
        ServerLog log = ServerLog.of(serverDir());
        try {
            Path war = serverDir().resolve("apps").resolve(name + ".war");
            Files.createDirectories(war.getParent());
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            Files.createDirectories(declaration(name).getParent());
            Files.writeString(declaration(name), declarationOf(name));
        } catch (IOException | UncheckedIOException e) {
            throw new DeploymentException("Could not write " + name + " into " + serverDir(), e);
        }
        String outcome = log.await(timeout(), "CWWKZ0001I: Application " + name + " started",
                "CWWKZ0003I: The application " + name + " updated",
                "CWWKZ0002E: An exception occurred while starting the application " + name,
                "CWWKZ0004E: An exception occurred while starting the application " + name);
        if (!outcome.contains("CWWKZ0001I") && !outcome.contains("CWWKZ0003I")) {
            // Liberty keeps a failed application declared: remove it now (undeploy then finds nothing to wait for)
            removeFailed(name);
            throw new DeploymentException("Liberty did not start " + name + " (see the server's messages.log): " + outcome);
        }
        HTTPContext context = new HTTPContext(configuration.getHost(), configuration.getHttpPort());
        context.add(new Servlet(SERVLET_RUNNER, "/" + name));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        String name = applicationName(archive);
        ServerLog log = ServerLog.of(serverDir());
        try {
            // a deployment that failed to start was removed already (Arquillian undeploys it all the same)
            if (Files.deleteIfExists(declaration(name))) {
                log.await(timeout(), "CWWKZ0009I: The application " + name + " has stopped successfully");
            }
            Files.deleteIfExists(serverDir().resolve("apps").resolve(name + ".war"));
        } catch (IOException e) {
            throw new DeploymentException("Could not remove " + name + " from " + serverDir(), e);
        }
    }

    /** Removes a deployment that never started: there is nothing to wait for. */
    private void removeFailed(String name) throws DeploymentException {
        try {
            Files.deleteIfExists(declaration(name));
            Files.deleteIfExists(serverDir().resolve("apps").resolve(name + ".war"));
        } catch (IOException e) {
            throw new DeploymentException("Could not remove " + name + " from " + serverDir(), e);
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("only archives are deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("only archives are deployed");
    }

    private String declarationOf(String name) {
        String library = configuration.getCommonLibraryRef() == null ? ""
                : "\n        <classloader commonLibraryRef=\"" + configuration.getCommonLibraryRef() + "\"/>\n    ";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by the Arquillian adapter for one test class; removed when it ends -->
                <server>
                    <webApplication id="%1$s" name="%1$s" location="%1$s.war" contextRoot="/%1$s">%2$s</webApplication>
                </server>
                """.formatted(name, library);
    }

    private Path declaration(String name) {
        return serverDir().resolve("configDropins").resolve("overrides").resolve("arquillian-" + name + ".xml");
    }

    private static String applicationName(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        if (!name.endsWith(".war") || !name.matches("[a-z0-9-]+\\.war")) {
            throw new DeploymentException("deploy a WAR with a plain lower-case name such as bookings-module.war: " + name);
        }
        return name.substring(0, name.length() - ".war".length());
    }

    private Path serverDir() {
        return Path.of(configuration.getServerDir());
    }

    private Duration timeout() {
        return Duration.ofSeconds(configuration.getDeployTimeoutSeconds());
    }
}
