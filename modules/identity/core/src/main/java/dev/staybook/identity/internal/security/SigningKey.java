package dev.staybook.identity.internal.security;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs access tokens (RS256). Read from a PKCS#8 PEM private key; the public
 * half is derived from it, so operators configure one secret only. The key id is a digest of the
 * public key, so a rotated key gets a new id.
 */
public record SigningKey(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey, String keyId) {

    private static final String PRIVATE_HEADER = "-----BEGIN PRIVATE KEY-----";
    private static final String PRIVATE_FOOTER = "-----END PRIVATE KEY-----";

    public static SigningKey fromPem(String pem) {
        if (!pem.contains(PRIVATE_HEADER) || pem.indexOf(PRIVATE_FOOTER) < pem.indexOf(PRIVATE_HEADER)) {
            throw new IllegalArgumentException("expected a PKCS#8 PEM private key between "
                    + PRIVATE_HEADER + " and " + PRIVATE_FOOTER);
        }
        String base64 = pem.substring(pem.indexOf(PRIVATE_HEADER) + PRIVATE_HEADER.length(), pem.indexOf(PRIVATE_FOOTER))
                .replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new SigningKey(privateKey, publicKey, keyIdOf(publicKey));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | ClassCastException e) {
            throw new IllegalArgumentException("not an RSA private key: " + e.getMessage(), e);
        }
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The public key as X.509 PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String keyIdOf(RSAPublicKey key) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }
}
