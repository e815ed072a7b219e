package dev.staybook.it.identity;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.TestUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SystemTest
class AdminUsersIT {

    private static TestUser admin;

    @BeforeAll
    static void signInAdministrator() {
        admin = TestUser.administrator();
    }

    @Test
    void administratorsFindAccountsByEmailPrefix() {
        TestUser user = TestUser.register("Findable");
        Api.as(admin.accessToken()).queryParam("email", user.email()).get("/admin/users")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(user.id()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("nextCursor", nullValue());
    }

    @Test
    void pagesThroughAccountsWithACursor() {
        String prefix = "page-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            Api.anonymous().body(Json.of("email", prefix + "-" + i + "@it.staybook.test", "password", TestUser.PASSWORD, "name", "P" + i))
                    .post("/auth/register").then().statusCode(202);
        }
        String cursor = Api.as(admin.accessToken()).queryParam("email", prefix).queryParam("limit", 2).get("/admin/users")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Api.as(admin.accessToken()).queryParam("email", prefix).queryParam("limit", 2).queryParam("cursor", cursor).get("/admin/users")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("P2")).body("nextCursor", nullValue());
    }

    @Test
    void rejectsBadListParameters() {
        assertProblem(Api.as(admin.accessToken()).queryParam("limit", 101).get("/admin/users"), 400, "invalid-input");
        assertProblem(Api.as(admin.accessToken()).queryParam("limit", 0).get("/admin/users"), 400, "invalid-input");
        assertProblem(Api.as(admin.accessToken()).queryParam("cursor", "garbage!").get("/admin/users"), 400, "invalid-input");
    }

    @Test
    void onlyAdministratorsMayUseTheseEndpoints() {
        TestUser guest = TestUser.register("Not Admin");
        assertProblem(Api.as(guest.accessToken()).get("/admin/users"), 403, "role-required");
        assertProblem(Api.as(guest.accessToken()).body(Json.of("reason", "x")).post("/admin/users/" + guest.id() + "/suspend"),
                403, "role-required");
        assertProblem(Api.as(guest.accessToken()).post("/admin/users/" + guest.id() + "/reinstate"), 403, "role-required");
        assertProblem(Api.anonymous().get("/admin/users"), 401, "authentication-required");
    }

    @Test
    void aSuspendedAccountCannotSignInOrRefreshUntilReinstated() {
        TestUser user = TestUser.register("Troublemaker");
        Api.as(admin.accessToken()).body(Json.of("reason", "spam")).post("/admin/users/" + user.id() + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));

        assertProblem(Api.anonymous().body(Json.of("email", user.email(), "password", user.password())).post("/auth/login"),
                403, "account-suspended");
        assertProblem(Api.anonymous().body(Json.of("refreshToken", user.refreshToken())).post("/auth/refresh"),
                401, "session-ended");
        assertProblem(Api.anonymous().get("/users/" + user.id()), 404, "user-not-found");
        assertProblem(Api.as(admin.accessToken()).body(Json.of("reason", "again")).post("/admin/users/" + user.id() + "/suspend"),
                409, "already-suspended");

        Api.as(admin.accessToken()).post("/admin/users/" + user.id() + "/reinstate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        TestUser reinstated = TestUser.signIn(user.id(), user.email(), user.password(), user.name());
        Api.as(reinstated.accessToken()).get("/users/me").then().statusCode(200);
        assertProblem(Api.as(user.accessToken()).get("/users/me"), 401, "invalid-token");
    }

    @Test
    void suspendingNeedsAReasonAndAnExistingUser() {
        TestUser user = TestUser.register("Reasonable");
        assertProblem(Api.as(admin.accessToken()).body("{}").post("/admin/users/" + user.id() + "/suspend"), 400, "invalid-input");
        assertProblem(Api.as(admin.accessToken()).body(Json.of("reason", "spam\u0007")).post("/admin/users/" + user.id() + "/suspend"),
                400, "invalid-input").body("errors.field", equalTo(List.of("reason")));
        // and a filter holding a NUL, which failed in PostgreSQL (500)
        assertProblem(Api.as(admin.accessToken()).queryParam("email", "a\u0000b").get("/admin/users"), 400, "invalid-input")
                .body("errors.field", equalTo(List.of("email")));
        assertProblem(Api.as(admin.accessToken()).body(Json.of("reason", "x")).post("/admin/users/" + UUID.randomUUID() + "/suspend"),
                404, "user-not-found");
        assertProblem(Api.as(admin.accessToken()).post("/admin/users/" + user.id() + "/reinstate"), 409, "not-suspended");
    }

    @Test
    void anAdministratorCannotSuspendTheirOwnAccount() {
        assertProblem(Api.as(admin.accessToken()).body(Json.of("reason", "oops")).post("/admin/users/" + admin.id() + "/suspend"),
                409, "cannot-suspend-yourself");
        assertEquals("ACTIVE", StayFixtures.text("SELECT status FROM identity.users WHERE id = ?::uuid", admin.id()));
        Api.anonymous().body(Json.of("email", admin.email(), "password", admin.password())).post("/auth/login").then().statusCode(200);
    }

    @Test
    void aSuspendedHostsListingsAreUnpublishedSoNoGuestBooksThem() {
        TestUser host = TestUser.register("Suspended Host").asHost();
        String listing = StayFixtures.listingOf(host);
        Api.as(admin.accessToken()).body(Json.of("reason", "fraud")).post("/admin/users/" + host.id() + "/suspend").then().statusCode(200);

        Eventually.until("the listing leaves the catalogue", () -> Api.anonymous().get("/listings/" + listing).statusCode() == 404);
        LocalDate checkIn = LocalDate.now().plusDays(30);
        assertProblem(Api.as(TestUser.register("Hopeful Guest").accessToken())
                .body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(), "guests", 1))
                .post("/bookings"), 404, "listing-not-found");
        assertEquals("UNPUBLISHED", StayFixtures.text("SELECT status FROM listings.listings WHERE id = ?::uuid", listing));
    }
}
