package dev.staybook.it.payments;

import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.payments.SupportRefundRequests.refund;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DELETE /users/me refused for money owed: a host paid out for a stay, then refunded by support, owes part of the
 * payout back until a later payout nets it, and cannot delete the account meanwhile (409 unpaid-balance). The guest
 * of that stay, who owes nothing and has no stay ahead, can.
 */
@SystemTest
class UnpaidBalanceDeletionIT {

    @Test
    void aHostWhoOwesPartOfAPayoutBackCannotDeleteTheAccount() {
        TestUser host = TestUser.register("Owing Host").asHost();
        PayoutAccounts.onboarded(host); // the payout run pays only hosts who can receive payouts
        TestUser guest = TestUser.register("Refunded Guest");
        TestUser admin = PaidStays.administrator();
        String listing = PaidStays.instantBookListing(host);
        Instant cutoff = Instant.now().minus(Duration.ofHours(3));
        String id = PaidStays.completedAt(guest, host, listing, parisDay(120), cutoff.minus(Duration.ofHours(1)));
        LocalDate runDate = LocalDate.now(ZoneOffset.UTC).minusDays(53);
        assertEquals("COMPLETED", PayoutRuns.run(Map.of("runDate", runDate.toString(), "cutoff", cutoff.toString())).batchStatus());
        refund(admin, id, "owed-" + id, "100.00", "EUR").then().statusCode(201).body("status", equalTo("SUCCEEDED"));

        assertProblem(Api.as(host.accessToken()).body(Json.of("currentPassword", TestUser.PASSWORD)).delete("/users/me"),
                409, "unpaid-balance").body("detail", containsString("payout"));
        Api.as(host.accessToken()).get("/users/me").then().statusCode(200).body("email", equalTo(host.email()));

        Api.as(guest.accessToken()).body(Json.of("currentPassword", TestUser.PASSWORD)).delete("/users/me")
                .then().statusCode(204);
    }
}
