package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registration cannot tell whether an email has an account, cannot be used to mail text of the attacker's choosing to
 * anyone, and cannot be repeated without limit (OWASP API2, API6).
 */
@SystemTest
class RegistrationAbuseIT {

    private static final String PHISHING_NAME = "Your account is locked - call +1 555 0100";

    private static String freshEmail() {
        return "abuse-" + UUID.randomUUID() + "@it.staybook.test";
    }

    private static Response register(String address, String email, String password, String name) {
        return Api.from(address).body(Json.of("email", email, "password", password, "name", name)).post("/auth/register");
    }

    private static long accountsWith(String email) {
        return StayFixtures.count("SELECT count(*) FROM identity.users WHERE email = ?", email);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheEmailHasAnAccount() {
        TestUser owner = TestUser.register("Existing Owner");
        Response taken = register(Api.randomClientAddress(), owner.email(), "another long password here", "Someone Else");
        Response free = register(Api.randomClientAddress(), freshEmail(), "another long password here", "Someone Else");

        assertEquals(202, taken.statusCode());
        assertEquals(free.statusCode(), taken.statusCode());
        assertEquals(free.jsonPath().getMap("").keySet(), taken.jsonPath().getMap("").keySet());
        assertEquals(free.jsonPath().getString("next"), taken.jsonPath().getString("next"));
        assertEquals(free.jsonPath().getString("detail"), taken.jsonPath().getString("detail"));
        assertEquals(owner.email(), taken.jsonPath().getString("email"));
    }

    @Test
    void theOwnerIsToldNeutrallyOnceADayAndKeepsTheAccount() {
        TestUser owner = TestUser.register("Owner Told");
        register(Api.randomClientAddress(), owner.email(), "an attacker's long password", PHISHING_NAME).then().statusCode(202);
        register(Api.randomClientAddress(), owner.email().toUpperCase(), "an attacker's long password", PHISHING_NAME).then().statusCode(202);

        Mailbox.Received notice = Mailbox.awaitMail(owner.email(), "Someone tried to register");
        assertTrue(notice.body().startsWith("Hello Owner Told,"), notice.body());
        assertFalse(notice.body().contains(PHISHING_NAME), notice.body());
        assertFalse(notice.subject().contains(PHISHING_NAME) || notice.to().contains("locked"), notice.to());
        assertEquals(1, StayFixtures.count("SELECT count(*) FROM outbox.events WHERE event_type = 'DuplicateRegistrationAttempted'"
                + " AND aggregate_id = ?::uuid", UUID.fromString(owner.id())), "one notice a day, however often it is tried");
        assertEquals(1, accountsWith(owner.email()));
        TestUser.signIn(owner.id(), owner.email(), TestUser.PASSWORD, owner.name());
        assertProblem(Api.anonymous().body(Json.of("email", owner.email(), "password", "an attacker's long password")).post("/auth/login"),
                401, "invalid-credentials");
    }

    @Test
    void aWelcomeCarriesNoTextTheRegistrationChose() {
        String victim = freshEmail();
        register(Api.randomClientAddress(), victim, TestUser.PASSWORD, PHISHING_NAME).then().statusCode(202);

        Mailbox.Received welcome = Mailbox.awaitMail(victim, "Welcome to Staybook");
        assertFalse(welcome.body().contains(PHISHING_NAME), welcome.body());
        assertFalse(welcome.to().contains("locked"), welcome.to());
        assertFalse(welcome.subject().contains("locked"), welcome.subject());
    }

    @Test
    void registrationsAreLimitedPerAddressBeforeAnythingIsHashedOrStored() {
        String address = Api.randomClientAddress();
        for (int i = 0; i < 10; i++) {
            register(address, freshEmail(), TestUser.PASSWORD, "Sprayer " + i).then().statusCode(202);
        }
        String eleventh = freshEmail();
        assertProblem(register(address, eleventh, TestUser.PASSWORD, "Sprayer 11"), 429, "too-many-registrations")
                .header("Retry-After", Integer::parseInt, greaterThan(0));
        assertEquals(0, accountsWith(eleventh));
        register(Api.randomClientAddress(), eleventh, TestUser.PASSWORD, "From elsewhere").then().statusCode(202);
        assertEquals(1, accountsWith(eleventh));
    }

    @Test
    void oneEmailIsRegisteredAtMostThreeTimesAnHourFromAnywhere() {
        String email = freshEmail();
        for (int i = 0; i < 3; i++) {
            register(Api.randomClientAddress(), email, TestUser.PASSWORD, "Repeat " + i).then().statusCode(202);
        }
        assertProblem(register(Api.randomClientAddress(), email, TestUser.PASSWORD, "Repeat 4"), 429, "too-many-registrations");
    }
}
