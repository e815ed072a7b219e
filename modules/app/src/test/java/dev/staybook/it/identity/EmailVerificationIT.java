package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Email verification under the test server's STAYBOOK_EMAIL_VERIFICATION=mandatory (the default): an unverified account
 * may browse and quote but not book, become a host or create listings; the token mailed on registration (read over
 * IMAP) verifies the address once; expired, used and forged tokens are refused; another mail can be asked for.
 */
@SystemTest
class EmailVerificationIT {

    private static final String BOOK = """
            mutation Book($booking: BookingInput!) {
              book(booking: $booking) { id status }
            }""";

    private static String listing;

    @BeforeAll
    static void aListingToBook() {
        listing = StayFixtures.listingOf(TestUser.register("Verified Host").asHost());
    }

    private static Response verify(String token) {
        return Api.anonymous().body(Json.of("token", token)).post("/auth/email/verify");
    }

    private static Response book(TestUser guest, LocalDate checkIn) {
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(), "guests", 2))
                .post("/bookings");
    }

    private static Response quote(TestUser guest, LocalDate checkIn) {
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(), "guests", 2))
                .post("/quotes");
    }

    private static Response resend(TestUser user) {
        return Api.as(user.accessToken()).post("/users/me/verification-mail");
    }

    @Test
    void anUnverifiedAccountBrowsesButMayNotBookOrHostUntilItVerifiesItsAddress() {
        TestUser guest = TestUser.registerUnverified("Unverified Guest");
        LocalDate checkIn = LocalDate.now().plusDays(30); // the listing is this class's own and booked only here
        Api.as(guest.accessToken()).get("/users/me").then().statusCode(200).body("emailVerified", equalTo(false));
        Api.as(guest.accessToken()).get("/listings/" + listing).then().statusCode(200);
        quote(guest, checkIn).then().statusCode(200);

        assertProblem(book(guest, checkIn), 403, "email-not-verified");
        JsonObjectBuilder stay = jakarta.json.Json.createObjectBuilder().add("listingId", listing)
                .add("checkIn", checkIn.toString()).add("checkOut", checkIn.plusDays(2).toString()).add("guests", 2);
        assertEquals("forbidden", GraphQL.errorCode(guest, BOOK, jakarta.json.Json.createObjectBuilder().add("booking", stay), "book"));
        assertProblem(Api.as(guest.accessToken()).post("/users/me/host"), 403, "email-not-verified");

        TestUser.verifyEmail(guest.email());

        // the same access token: the check reads the account, so no refresh is needed
        Api.as(guest.accessToken()).get("/users/me").then().statusCode(200).body("emailVerified", equalTo(true));
        book(guest, checkIn).then().statusCode(201);
        Api.as(guest.accessToken()).post("/users/me/host").then().statusCode(200).body("roles", hasItem("HOST"));
    }

    @Test
    void aHostWhoseAddressIsUnverifiedMayNotCreateListings() {
        // as a host who became one while the setting was optional is left when it turns mandatory
        TestUser user = TestUser.registerUnverified("Unverified Host");
        ListingFixtures.update("INSERT INTO identity.user_roles (user_id, role) VALUES (?::uuid, 'HOST')", user.id());
        String hostToken = Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/refresh")
                .then().statusCode(200).extract().path("accessToken");

        assertProblem(Api.as(hostToken).body(ListingFixtures.listing(ListingFixtures.uniqueCity("Unverified"), 48.85, 2.35).build().toString())
                .post("/listings"), 403, "email-not-verified");
    }

    @Test
    void aTokenWorksOnceAndVerifyingSpendsEveryOtherMailedToken() {
        TestUser user = TestUser.registerUnverified("Verify Twice");
        String first = TestUser.mailedVerificationToken(user.email());
        resend(user).then().statusCode(202);
        Eventually.until("a second verification mail", () -> Mailbox.count(user.email(), TestUser.VERIFICATION_MAIL) == 2);
        String second = TestUser.mailedVerificationToken(user.email());
        assertNotEquals(first, second);

        verify(second).then().statusCode(204);

        assertProblem(verify(second), 410, "verification-token-used");
        assertProblem(verify(first), 410, "verification-token-used");
        assertEquals(1, StayFixtures.count("SELECT count(*) FROM identity.email_verification_tokens WHERE token_hash = decode(?, 'hex')"
                + " AND used_at IS NOT NULL", sha256(second)), "the token's SHA-256 hash is what is stored, now spent");
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestUser user = TestUser.registerUnverified("Verify Too Late");
        String token = "expired-" + UUID.randomUUID();
        // as a mail left unread for longer than the token lifetime leaves it (waiting days is not a test)
        ListingFixtures.update("INSERT INTO identity.email_verification_tokens (id, user_id, token_hash, issued_at, expires_at)"
                + " VALUES (?::uuid, ?::uuid, decode(?, 'hex'), now() - interval '3 days 1 minute', now() - interval '1 minute')",
                UUID.randomUUID().toString(), user.id(), sha256(token));

        assertProblem(verify(token), 410, "verification-token-expired");
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("emailVerified", equalTo(false));
    }

    @Test
    void aForgedTokenAndBadInputAreRefused() {
        assertProblem(verify("forged-" + UUID.randomUUID()), 400, "invalid-input").body("errors.field", hasItem("token"));
        assertProblem(Api.anonymous().body("{}").post("/auth/email/verify"), 400, "invalid-input").body("errors.field", hasItem("token"));
        assertEquals(400, Api.anonymous().body("{").post("/auth/verify-email").statusCode());
    }

    @Test
    void anotherMailIsSentOnRequestAFewTimesAnHourAndNotOnceVerified() {
        TestUser user = TestUser.registerUnverified("Verify Again");
        assertProblem(Api.anonymous().post("/users/me/verification-mail"), 401, "authentication-required");
        for (int i = 0; i < 3; i++) {
            resend(user).then().statusCode(202);
        }
        assertProblem(resend(user), 429, "too-many-verification-mails");
        Eventually.until("the registration's mail and three more", () -> Mailbox.count(user.email(), TestUser.VERIFICATION_MAIL) == 4);

        TestUser verified = TestUser.register("Verified Already");
        assertProblem(resend(verified), 409, "email-already-verified");
    }

    @Test
    void registeringAnAddressThatHasAnAccountMailsNoVerificationToken() {
        TestUser owner = TestUser.register("Address Owner");
        Api.anonymous().body(Json.of("email", owner.email(), "password", "another long password here", "name", "Intruder"))
                .post("/auth/register").then().statusCode(202);

        Mailbox.awaitMail(owner.email(), "Someone tried to register");
        assertEquals(1, Mailbox.count(owner.email(), TestUser.VERIFICATION_MAIL), "only the owner's own registration mailed a token");
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
