package dev.staybook.it.client;

import dev.staybook.client.ApiClient;
import dev.staybook.client.ApiException;
import dev.staybook.client.api.AuthenticationApi;
import dev.staybook.client.model.EmailVerificationConfirmation;
import dev.staybook.client.model.LoginRequest;
import dev.staybook.client.model.RefreshRequest;
import dev.staybook.client.model.RegisterRequest;
import dev.staybook.client.model.TokenResponse;
import dev.staybook.it.support.Api;
import dev.staybook.it.support.TestUser;
import java.util.UUID;

/**
 * A user of the generated client: a new account, signed in, whose client sends its access token. Everything goes
 * through the generated classes; only the base address comes from the test set-up.
 */
final class ClientSession {

    private static final String PASSWORD = "generated client password";

    private final ApiClient client = new ApiClient();
    private final String email = "client-" + UUID.randomUUID() + "@it.staybook.test";
    private volatile String accessToken;
    private String refreshToken;

    private ClientSession() {
        client.updateBaseUri(Api.BASE_URL);
        client.setRequestInterceptor(request -> {
            if (accessToken != null) {
                request.header("Authorization", "Bearer " + accessToken);
            }
        });
    }

    static ClientSession registered(String name) throws ApiException {
        ClientSession session = new ClientSession();
        AuthenticationApi authentication = new AuthenticationApi(session.client);
        authentication.register(new RegisterRequest().email(session.email).password(PASSWORD).name(name));
        // the token comes by mail (read over IMAP, as a person would read it); the rest through the generated client
        authentication.verifyEmail(new EmailVerificationConfirmation().token(TestUser.mailedVerificationToken(session.email)));
        session.use(authentication.login(new LoginRequest().email(session.email).password(PASSWORD)));
        return session;
    }

    /** New tokens for the same session, which carry roles granted since sign-in. */
    void refresh() throws ApiException {
        use(new AuthenticationApi(client).refreshTokens(new RefreshRequest().refreshToken(refreshToken)));
    }

    ApiClient client() {
        return client;
    }

    private void use(TokenResponse tokens) {
        accessToken = tokens.getAccessToken();
        refreshToken = tokens.getRefreshToken();
    }
}
