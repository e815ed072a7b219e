package dev.staybook.identity.internal.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the public half of our signing key ({@code mp.jwt.verify.publickey}), so the
 * verifier always trusts exactly the key the issuer signs with, configured or generated.
 * Its ordinal is low: an operator can still override the property explicitly.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, SigningKeys.current().publicKeyPem());
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? SigningKeys.current().publicKeyPem() : null;
    }

    @Override
    public String getName() {
        return "staybook-token-signing-key";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
