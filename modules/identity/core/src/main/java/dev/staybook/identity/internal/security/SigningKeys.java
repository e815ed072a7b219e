package dev.staybook.identity.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Finds the token signing key, once per JVM. In order: the PEM text in {@code STAYBOOK_JWT_PRIVATE_KEY};
 * the PEM file named by {@code STAYBOOK_JWT_PRIVATE_KEY_FILE}; otherwise a development key kept at
 * {@code STAYBOOK_JWT_DEV_KEY_FILE} (default {@code dev-keys/jwt-signing-key.pem} in the server
 * directory), generated on first start. The development key is for one machine only: several
 * instances, or tokens that survive a fresh container, need a configured key.
 *
 * <p>In production mode ({@code STAYBOOK_MODE}, the default) no development key is generated or written unless
 * {@code STAYBOOK_ALLOW_DEVELOPMENT_SIGNING_KEY} is true: a throwaway key in memory lets the application come as
 * far as refusing to start ({@link DevelopmentSigningKey}). A generated key file is created readable by its owner
 * only, never briefly readable by others.
 *
 * <p>Read from the environment, not MicroProfile Config, because the verifier's configuration
 * ({@link JwtVerificationConfigSource}) needs the key before Config exists.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private SigningKeys() {
    }

    public static SigningKey current() {
        return Holder.KEY;
    }

    /** Whether tokens are signed with a development key (generated, or read from the development key file). */
    public static boolean isDevelopmentKey() {
        return Holder.DEVELOPMENT;
    }

    private static final class Holder {
        private static final boolean DEVELOPMENT = setting("STAYBOOK_JWT_PRIVATE_KEY") == null
                && setting("STAYBOOK_JWT_PRIVATE_KEY_FILE") == null;
        private static final SigningKey KEY = load();
    }

    private static SigningKey load() {
        String inline = setting("STAYBOOK_JWT_PRIVATE_KEY");
        if (inline != null) {
            return SigningKey.fromPem(inline);
        }
        String file = setting("STAYBOOK_JWT_PRIVATE_KEY_FILE");
        if (file != null) {
            return SigningKey.fromPem(read(Path.of(file)));
        }
        if (!"development".equalsIgnoreCase(setting("STAYBOOK_MODE")) && !"true".equalsIgnoreCase(setting("STAYBOOK_ALLOW_DEVELOPMENT_SIGNING_KEY"))) {
            LOG.severe("No token signing key is configured (STAYBOOK_JWT_PRIVATE_KEY_FILE) in production mode: none is generated");
            return generate();
        }
        String devFile = setting("STAYBOOK_JWT_DEV_KEY_FILE");
        return devKey(Path.of(devFile != null ? devFile : "dev-keys/jwt-signing-key.pem").toAbsolutePath());
    }

    private static SigningKey devKey(Path file) {
        if (Files.exists(file)) {
            LOG.warning(() -> "Signing access tokens with the DEVELOPMENT key " + file
                    + ". Set STAYBOOK_JWT_PRIVATE_KEY_FILE for production.");
            return SigningKey.fromPem(read(file));
        }
        SigningKey key = generate();
        try {
            writePrivately(file, key.privateKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development signing key to " + file, e);
        }
        LOG.warning(() -> "Generated a DEVELOPMENT token signing key at " + file
                + ". It is for this machine only; set STAYBOOK_JWT_PRIVATE_KEY_FILE for production.");
        return key;
    }

    /** Creates the file readable by its owner only before a byte of the key is in it (where the file system has POSIX permissions). */
    private static void writePrivately(Path file, String pem) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    private static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + file, e);
        }
    }

    /** A system property (for tests and jvm.options) or else an environment variable. */
    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }
}
