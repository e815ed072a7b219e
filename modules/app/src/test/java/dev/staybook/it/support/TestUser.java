package dev.staybook.it.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A registered, signed-in user created for one test: unique email, known password, current tokens. */
public record TestUser(String id, String email, String password, String name, String accessToken, String refreshToken) {

    public static final String PASSWORD = "a long and unusual test password";
    /** The subject of the verification mail. */
    public static final String VERIFICATION_MAIL = "Confirm your email address";
    private static final Pattern MAILED_TOKEN = Pattern.compile("(?m)^\\s*([A-Za-z0-9_-]{43})\\s*$");

    /**
     * Registers a new user with a unique email, verifies the address with the token mailed to it (the test server
     * runs with the default STAYBOOK_EMAIL_VERIFICATION=mandatory) and signs them in. Registration answers alike
     * whether or not the email was free (202, no id), so the id is learnt from the signed-in account.
     */
    public static TestUser register(String name) {
        TestUser registered = registerUnverified(name);
        verifyEmail(registered.email());
        return registered;
    }

    /** Registers and signs in a new user without verifying their address. */
    public static TestUser registerUnverified(String name) {
        String email = "user-" + UUID.randomUUID() + "@it.staybook.test";
        Api.anonymous()
                .body(Json.of("email", email, "password", PASSWORD, "name", name))
                .post("/auth/register")
                .then().statusCode(202);
        TestUser signedIn = signIn(null, email, PASSWORD, name);
        String id = Api.as(signedIn.accessToken()).get("/users/me").then().statusCode(200).extract().path("id");
        return new TestUser(id, email, PASSWORD, name, signedIn.accessToken(), signedIn.refreshToken());
    }

    /**
     * The token of the latest verification mail to the address, read over IMAP, waiting for it if need be (one IMAP
     * session a try: every registration of the system tests comes through here).
     */
    public static String mailedVerificationToken(String email) {
        return Eventually.value("a verification mail with a token to " + email, () -> Mailbox.read(email).stream()
                .filter(mail -> mail.subject().contains(VERIFICATION_MAIL))
                .map(mail -> MAILED_TOKEN.matcher(mail.body())).filter(Matcher::find).map(token -> token.group(1))
                .reduce((first, latest) -> latest));
    }

    /** Verifies the address with the token mailed to it. */
    public static void verifyEmail(String email) {
        Api.anonymous().body(Json.of("token", mailedVerificationToken(email))).post("/auth/email/verify").then().statusCode(204);
    }

    public static TestUser signIn(String id, String email, String password, String name) {
        JsonPath tokens = Api.anonymous()
                .body(Json.of("email", email, "password", password))
                .post("/auth/login")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).extract().jsonPath();
        return new TestUser(id, email, password, name, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    /** The administrator the test server creates from its configuration. */
    public static TestUser administrator() {
        String email = System.getProperty("staybook.admin.email");
        String password = System.getProperty("staybook.admin.password");
        TestUser signedIn = signIn(null, email, password, "Administrator");
        String id = Api.as(signedIn.accessToken()).get("/users/me").then().statusCode(200).extract().path("id");
        return new TestUser(id, email, password, "Administrator", signedIn.accessToken(), signedIn.refreshToken());
    }

    /** The same user after becoming a host, with a refreshed token that carries the HOST role. */
    public TestUser asHost() {
        Api.as(accessToken).post("/users/me/host").then().statusCode(200);
        JsonPath tokens = Api.anonymous().body(Json.of("refreshToken", refreshToken)).post("/auth/refresh")
                .then().statusCode(200).extract().jsonPath();
        return new TestUser(id, email, password, name, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }
}
