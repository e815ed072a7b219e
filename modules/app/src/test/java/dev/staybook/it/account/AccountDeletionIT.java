package dev.staybook.it.account;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * DELETE /users/me: refused while stays are ahead (as guest or as host); otherwise the account is anonymized, its
 * sign-in and tokens stop working at once, and the other modules anonymize what they hold while the bookings stay;
 * the mails to the account are deleted.
 */
@SystemTest
class AccountDeletionIT {

    private static Response delete(TestUser user, String password) {
        return Api.as(user.accessToken()).body(Json.of("currentPassword", password)).delete("/users/me");
    }

    private static void cancel(TestUser guest, String booking) {
        Api.as(guest.accessToken()).body(Json.of("reason", "Account to be deleted")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(200);
    }

    @Test
    void anUpcomingStayKeepsBothPartiesAccountsUntilItIsCancelled() {
        TestUser host = TestUser.register("Deletion Host").asHost();
        TestUser guest = TestUser.register("Deletion Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        assertProblem(delete(guest, TestUser.PASSWORD), 409, "upcoming-stays").body("detail", containsString("1 booking"));
        assertProblem(delete(host, TestUser.PASSWORD), 409, "upcoming-hosted-stays");
        Api.as(guest.accessToken()).get("/users/me").then().statusCode(200).body("email", equalTo(guest.email()));

        cancel(guest, booking);
        Api.as(host.accessToken()).get("/bookings/" + booking).then().body("history[-1].reason", equalTo("Account to be deleted"));
        delete(guest, TestUser.PASSWORD).then().statusCode(204);

        // the host still has the booking, with the guest's id but not their words nor their profile
        Api.as(host.accessToken()).get("/bookings/" + booking).then().statusCode(200)
                .body("guestId", equalTo(guest.id())).body("status", equalTo("CANCELLED_BY_GUEST"));
        Eventually.until("the guest's reason removed from the booking's history", () -> Api.as(host.accessToken())
                .get("/bookings/" + booking).path("history[-1].reason") == null);
        assertProblem(Api.anonymous().get("/users/" + guest.id()), 404, "user-not-found");
        // the booking's conversation stays readable for the host, but nobody is left to answer a message
        assertProblem(Api.as(host.accessToken()).body(Json.of("text", "Are you still coming?")).post("/bookings/" + booking + "/messages"),
                409, "account-closed");
        assertEquals("DELETED", StayFixtures.text("SELECT status FROM identity.users WHERE id = ?::uuid", guest.id()));
        assertEquals("deleted-" + guest.id() + "@deleted.invalid",
                StayFixtures.text("SELECT email FROM identity.users WHERE id = ?::uuid", guest.id()));
    }

    @Test
    void aDeletedAccountCanNeitherSignInNorUseItsTokens() {
        TestUser guest = TestUser.register("Deleted Signer");

        delete(guest, TestUser.PASSWORD).then().statusCode(204);

        assertProblem(Api.anonymous().body(Json.of("email", guest.email(), "password", TestUser.PASSWORD)).post("/auth/login"),
                401, "invalid-credentials");
        assertProblem(Api.as(guest.accessToken()).get("/users/me"), 401, "invalid-token");
        assertProblem(Api.as(guest.accessToken()).get("/bookings"), 401, "invalid-token");
        assertProblem(Api.anonymous().body(Json.of("refreshToken", guest.refreshToken())).post("/auth/refresh"),
                401, "session-ended");
        assertProblem(delete(guest, TestUser.PASSWORD), 401, "invalid-token");
    }

    @Test
    void aDeletedHostsListingsLeaveTheCatalogueAndTheirWishlistsGo() {
        TestUser host = TestUser.register("Leaving Host").asHost();
        String listing = StayFixtures.listingOf(host);
        String wishlist = Api.as(host.accessToken()).body(Json.of("name", "Mine")).post("/users/me/wishlists")
                .then().statusCode(201).extract().path("id");
        Api.anonymous().get("/listings/" + listing).then().statusCode(200);

        delete(host, TestUser.PASSWORD).then().statusCode(204);

        Eventually.until("the listing archived", () -> Api.anonymous().get("/listings/" + listing).statusCode() == 404);
        assertEquals("ARCHIVED", StayFixtures.text("SELECT status FROM listings.listings WHERE id = ?::uuid", listing));
        Eventually.until("the wishlist removed",
                () -> !StayFixtures.exists("SELECT 1 FROM listings.wishlists WHERE id = ?::uuid", wishlist));
    }

    @Test
    void aDeletedAccountsMailsGoWhateverTheirStatus() {
        TestUser user = TestUser.register("Forgotten Reader");
        String toTheAddress = "SELECT count(*) FROM notifications.mails WHERE recipient_email = ?";
        String ofKind = toTheAddress + " AND kind = ?";
        // one mail by address (welcome), one by account (reset): both must go
        Eventually.until("the welcome mail queued", () -> StayFixtures.count(ofKind, user.email(), "WELCOME") == 1);
        Api.anonymous().body(Json.of("email", user.email())).post("/auth/password/reset-request").then().statusCode(202);
        Eventually.until("the reset mail queued", () -> StayFixtures.count(ofKind, user.email(), "PASSWORD_RESET") == 1);

        delete(user, TestUser.PASSWORD).then().statusCode(204);

        // identity has anonymized the address; the test still knows the old one, and the mails knew the account
        Eventually.until("no mail to the deleted account left", () -> StayFixtures.count(toTheAddress, user.email()) == 0);
        assertEquals(0, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE recipient_user_id = ?::uuid", user.id()));
    }

    @Test
    void onlyTheOwnerWithTheCurrentPasswordDeletes() {
        TestUser user = TestUser.register("Careful Owner");

        assertProblem(delete(user, "not the password"), 403, "wrong-current-password");
        assertProblem(Api.as(user.accessToken()).body("{}").delete("/users/me"), 400, "invalid-input");
        assertProblem(Api.anonymous().body(Json.of("currentPassword", TestUser.PASSWORD)).delete("/users/me"),
                401, "authentication-required");
        Api.as(user.accessToken()).get("/users/me").then().statusCode(200).body("email", equalTo(user.email()));
    }
}
