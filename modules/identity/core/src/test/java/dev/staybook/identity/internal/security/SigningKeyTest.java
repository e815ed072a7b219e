package dev.staybook.identity.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    /** Generated once for the class: RSA key generation takes a noticeable fraction of a second. */
    private static KeyPair keyPair;
    private static KeyPair otherKeyPair;

    @BeforeAll
    static void generateKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
        otherKeyPair = generator.generateKeyPair();
    }

    @Test
    void readsThePrivateKeyFromPkcs8Pem() {
        SigningKey key = SigningKey.fromPem(pkcs8Pem(keyPair));

        assertArrayEquals(keyPair.getPrivate().getEncoded(), key.privateKey().getEncoded());
    }

    @Test
    void derivesThePublicKeyFromThePrivateKey() {
        SigningKey key = SigningKey.fromPem(pkcs8Pem(keyPair));

        assertArrayEquals(keyPair.getPublic().getEncoded(), key.publicKey().getEncoded());
    }

    @Test
    void itsPrivateKeyPemReadsBackAsTheSameKey() {
        SigningKey key = SigningKey.fromPem(pkcs8Pem(keyPair));

        SigningKey readBack = SigningKey.fromPem(key.privateKeyPem());

        assertArrayEquals(key.privateKey().getEncoded(), readBack.privateKey().getEncoded());
        assertEquals(key.keyId(), readBack.keyId());
    }

    @Test
    void writesThePublicKeyAsX509Pem() {
        String pem = SigningKey.fromPem(pkcs8Pem(keyPair)).publicKeyPem();

        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        assertTrue(pem.endsWith("-----END PUBLIC KEY-----\n"), pem);
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        assertArrayEquals(keyPair.getPublic().getEncoded(), Base64.getMimeDecoder().decode(body));
    }

    @Test
    void theKeyIdIsStableForTheSameKey() {
        assertEquals(SigningKey.fromPem(pkcs8Pem(keyPair)).keyId(), SigningKey.fromPem(pkcs8Pem(keyPair)).keyId());
    }

    @Test
    void anotherKeyGetsAnotherKeyId() {
        assertNotEquals(SigningKey.fromPem(pkcs8Pem(keyPair)).keyId(), SigningKey.fromPem(pkcs8Pem(otherKeyPair)).keyId());
    }

    @Test
    void acceptsPemSurroundedByOtherText() {
        SigningKey key = SigningKey.fromPem("key for staging\n" + pkcs8Pem(keyPair) + "\n# end\n");

        assertArrayEquals(keyPair.getPrivate().getEncoded(), key.privateKey().getEncoded());
    }

    @Test
    void rejectsTextThatIsNotPem() {
        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem("not a key"));
    }

    @Test
    void rejectsAPublicKeyPem() {
        String publicPem = SigningKey.fromPem(pkcs8Pem(keyPair)).publicKeyPem();

        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem(publicPem));
    }

    @Test
    void rejectsAPemWhoseBodyIsNotBase64() {
        assertThrows(IllegalArgumentException.class,
                () -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n"));
    }

    @Test
    void rejectsAPemWhoseBodyIsNotAKey() {
        assertThrows(IllegalArgumentException.class,
                () -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    }

    @Test
    void rejectsAPemWithoutItsEndLine() {
        String truncated = pkcs8Pem(keyPair).replace("-----END PRIVATE KEY-----\n", "");

        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem(truncated));
    }

    private static String pkcs8Pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
