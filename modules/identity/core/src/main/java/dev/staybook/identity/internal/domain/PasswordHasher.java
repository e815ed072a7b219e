package dev.staybook.identity.internal.domain;

/** One-way password hashing. Hashes are self-describing strings, so parameters can change over time. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String encodedHash);

    /** True if the hash was made with weaker parameters than today's and should be replaced on sign-in. */
    boolean needsRehash(String encodedHash);
}
