package dev.staybook.identity.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private static final String PASSWORD = "violet tugboat lantern";
    private static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher();
    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    /** Hashed once for the whole class: each hash with today's parameters costs tens of milliseconds. */
    private static String hash;

    @BeforeAll
    static void hashThePasswordOnce() {
        hash = HASHER.hash(PASSWORD);
    }

    @Test
    void producesAPhcStringWithTodaysParameters() {
        // 16 salt bytes and 32 hash bytes are 22 and 43 characters of unpadded base64
        Pattern phc = Pattern.compile("^\\$argon2id\\$v=19\\$m=7168,t=5,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");

        assertTrue(phc.matcher(hash).matches(), hash);
    }

    @Test
    void matchesTheRightPassword() {
        assertTrue(HASHER.matches(PASSWORD, hash));
    }

    @Test
    void doesNotMatchAWrongPassword() {
        assertFalse(HASHER.matches("violet tugboat lanterns", hash));
    }

    @Test
    void hashingTheSamePasswordTwiceGivesDifferentHashes() {
        assertNotEquals(hash, HASHER.hash(PASSWORD));
    }

    @Test
    void matchesAHashMadeWithOlderWeakerParameters() {
        assertTrue(HASHER.matches(PASSWORD, weakHash(PASSWORD)));
    }

    @Test
    void matchesAHashMadeWithTheEarlierParameters() {
        String earlier = hashOnFreshMemory(PASSWORD, 19_456, 2);

        assertTrue(HASHER.matches(PASSWORD, earlier));
        assertFalse(HASHER.matches("violet tugboat lanterns", earlier));
    }

    @Test
    void asksToRehashAHashMadeWithTheEarlierParameters() {
        assertTrue(HASHER.needsRehash(phc(19_456, 2, new byte[32])));
    }

    @Test
    void doesNotAskToRehashAHashWithTodaysParameters() {
        assertFalse(HASHER.needsRehash(hash));
    }

    @Test
    void asksToRehashAHashMadeWithLessMemoryAndFewerPasses() {
        assertTrue(HASHER.needsRehash(weakHash(PASSWORD)));
    }

    @Test
    void asksToRehashAHashMadeWithLessMemory() {
        assertTrue(HASHER.needsRehash(phc(4096, Argon2PasswordHasher.ITERATIONS, new byte[32])));
    }

    @Test
    void asksToRehashAHashMadeWithFewerPasses() {
        assertTrue(HASHER.needsRehash(phc(Argon2PasswordHasher.MEMORY_KIB, 1, new byte[32])));
    }

    @Test
    void asksToRehashAHashOfAnotherScheme() {
        assertTrue(HASHER.needsRehash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"));
    }

    @Test
    void doesNotMatchAnythingAgainstAMalformedHash() {
        for (String malformed : new String[] {
                "",
                "not a hash",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                hash.replace("$argon2id$", "$argon2i$"),
                hash.replace("$v=19$", "$v=16$"),
                hash.substring(0, hash.lastIndexOf('$'))}) {
            assertFalse(HASHER.matches(PASSWORD, malformed), malformed);
        }
    }

    @Test
    void doesNotMatchAnythingAgainstAPhcStringWithUnusableValues() {
        for (String malformed : new String[] {
                "$argon2id$v=19$m=19456,t=2,p=1$A$A",
                "$argon2id$v=19$m=0,t=2,p=1$" + BASE64.encodeToString(SALT) + "$" + BASE64.encodeToString(new byte[32]),
                "$argon2id$v=19$m=19456,t=99999999999,p=1$" + BASE64.encodeToString(SALT) + "$" + BASE64.encodeToString(new byte[32])}) {
            assertFalse(HASHER.matches(PASSWORD, malformed), malformed);
        }
    }

    @Test
    void derivesOnRecycledMemoryWhatFreshMemoryGives() {
        String fromFreshMemory = hashOnFreshMemory(PASSWORD, Argon2PasswordHasher.MEMORY_KIB, Argon2PasswordHasher.ITERATIONS);
        HASHER.matches("another password, to leave other values in the recycled blocks", hash);

        assertTrue(HASHER.matches(PASSWORD, fromFreshMemory));
        assertFalse(HASHER.matches("violet tugboat lanterns", fromFreshMemory));
        assertTrue(HASHER.matches(PASSWORD, fromFreshMemory));
    }

    /** A real Argon2id hash with the cheap parameters an older release might have used. */
    private static String weakHash(String password) {
        return hashOnFreshMemory(password, 4096, 1);
    }

    /** An Argon2id hash by a generator of its own, on memory nobody used before. */
    private static String hashOnFreshMemory(String password, int memoryKib, int iterations) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(1)
                .withSalt(SALT)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return phc(memoryKib, iterations, out);
    }

    private static String phc(int memoryKib, int iterations, byte[] hashBytes) {
        return "$argon2id$v=19$m=%d,t=%d,p=1$%s$%s".formatted(
                memoryKib, iterations, BASE64.encodeToString(SALT), BASE64.encodeToString(hashBytes));
    }
}
