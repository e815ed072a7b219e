package dev.staybook.identity.internal.security;

import dev.staybook.identity.internal.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB memory, 2 passes, 1 lane), stored in the PHC
 * string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that the parameters travel with
 * each hash and can be raised later: {@link #needsRehash} flags old hashes for upgrade at sign-in.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    /**
     * Derivations running at once. Each holds 19 MiB and a core until it ends, so more than there are cores only
     * piles up memory: a burst of sign-ins could exhaust the bounded heap (config/jvm.options) without finishing any faster.
     */
    private static final Semaphore DERIVATIONS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /**
     * The memory of finished derivations (Argon2 clears each block before it comes back), for the next ones. Allocated
     * anew, a derivation's 19,456 blocks outlive a young collection or two and are promoted: a burst of sign-ins filled
     * the old generation of the bounded heap with them, and the server spent half its time in full collections
     * (modules/benchmarks/results/startup-and-memory.md). Keeps the blocks of two derivations (about 40 MiB) for good.
     */
    private static final Argon2BytesGenerator.BlockPool BLOCKS =
            new Argon2BytesGenerator.FixedBlockPool(2 * Argon2BytesGenerator.getBlockCount(MEMORY_KIB, PARALLELISM));

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(
                MEMORY_KIB, ITERATIONS, PARALLELISM, ENCODER.encodeToString(salt), ENCODER.encodeToString(hash));
    }

    /** False for a wrong password and for any stored value that is not a usable Argon2id hash. */
    @Override
    public boolean matches(String password, String encodedHash) {
        Matcher phc = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (password == null || phc == null || !phc.matches()) {
            return false;
        }
        try {
            byte[] salt = DECODER.decode(phc.group(4));
            byte[] expected = DECODER.decode(phc.group(5));
            byte[] actual = derive(password, salt, Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException unusableParameters) {
            return false; // bad base64, numbers out of range, or parameters Argon2 refuses
        }
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        Matcher phc = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (phc == null || !phc.matches()) {
            return true;
        }
        try {
            return Integer.parseInt(phc.group(1)) < MEMORY_KIB || Integer.parseInt(phc.group(2)) < ITERATIONS;
        } catch (NumberFormatException outOfRange) {
            return true;
        }
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .withBlockPool(BLOCKS)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        byte[] out = new byte[length];
        DERIVATIONS.acquireUninterruptibly();
        try {
            generator.init(parameters);
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            DERIVATIONS.release();
        }
        return out;
    }
}
