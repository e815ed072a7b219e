package dev.staybook.arquillian;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * Where the running server is (arquillian.xml, container properties): its directory, which the adapter
 * writes deployments into and whose log it reads, and its HTTP address. {@code commonLibraryRef} names a
 * shared library of server.xml that every deployment's class loader sees (Staybook's Hibernate ORM).
 */
public class LibertyRemoteConfiguration implements ContainerConfiguration {

    private String serverDir;
    private String host = "localhost";
    private int httpPort;
    private String commonLibraryRef;
    private int deployTimeoutSeconds = 180;

    @Override
    public void validate() throws ConfigurationException {
        if (serverDir == null || !Files.isDirectory(Path.of(serverDir))) {
            throw new ConfigurationException("serverDir must be the running Liberty server's directory: " + serverDir);
        }
        if (httpPort <= 0) {
            throw new ConfigurationException("httpPort must be the running server's HTTP port: " + httpPort);
        }
    }

    public String getServerDir() {
        return serverDir;
    }

    public void setServerDir(String serverDir) {
        this.serverDir = serverDir;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    public String getCommonLibraryRef() {
        return commonLibraryRef;
    }

    public void setCommonLibraryRef(String commonLibraryRef) {
        this.commonLibraryRef = commonLibraryRef;
    }

    public int getDeployTimeoutSeconds() {
        return deployTimeoutSeconds;
    }

    public void setDeployTimeoutSeconds(int deployTimeoutSeconds) {
        this.deployTimeoutSeconds = deployTimeoutSeconds;
    }
}
