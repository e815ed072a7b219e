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
 * Argon2id with the least memory of OWASP's equally strong minimum settings (7 MiB memory, 5 passes, 1 lane;
 * OWASP lists it beside 19 MiB with 2 passes, which this class used before and which costs a bounded heap three times
 * the memory for the same defence), stored in the PHC string format ({@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash})
 * so that the parameters travel with each hash: {@link #needsRehash} flags every hash made with other parameters for
 * re-hashing at sign-in, so that all of them converge on today's.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    static final int MEMORY_KIB = 7_168;
    static final int ITERATIONS = 5;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** How every hash made today begins (salt and hash follow): one spelling for making hashes and judging them. */
    private static final String TODAYS_PREFIX =
            "$argon2id$v=19$m=%d,t=%d,p=%d$".formatted(MEMORY_KIB, ITERATIONS, PARALLELISM);
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    /**
     * Derivations running at once. Each holds 7 MiB and a core until it ends, so more than there are cores only
     * piles up memory: a burst of sign-ins could exhaust the bounded heap (config/jvm.options) without finishing any faster.
     */
    private static final Semaphore DERIVATIONS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /**
     * The memory of finished derivations (Argon2 clears each block before it comes back), for the next ones. Allocated
     * anew, a derivation's blocks (1 KiB each) outlive a young collection or two and are promoted: a burst of sign-ins
     * filled the old generation of the bounded heap with them, and the server spent half its time in full collections
     * (modules/benchmarks/results/startup-and-memory.md). Keeps the blocks of two derivations (14 MiB) for good; a hash
     * made with more memory (before the parameters changed) takes the rest from the heap, once, and is then re-hashed.
     */
    private static final Argon2BytesGenerator.BlockPool BLOCKS =
            new Argon2BytesGenerator.FixedBlockPool(2 * Argon2BytesGenerator.getBlockCount(MEMORY_KIB, PARALLELISM));

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return TODAYS_PREFIX + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
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
        return encodedHash == null || !encodedHash.startsWith(TODAYS_PREFIX) || !PHC.matcher(encodedHash).matches();
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
