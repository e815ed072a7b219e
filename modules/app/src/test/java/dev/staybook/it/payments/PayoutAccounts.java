package dev.staybook.it.payments;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Hosts' payout onboarding through {@code PUT /users/me/payout-account}, as a host's browser starts it. */
final class PayoutAccounts {

    static final String RETURN_URL = "https://app.staybook.test/host/payouts/done";
    static final String REFRESH_URL = "https://app.staybook.test/host/payouts/again";

    private PayoutAccounts() {
    }

    static Response start(TestUser host) {
        return Api.as(host.accessToken()).body(Json.of("country", "FR", "returnUrl", RETURN_URL, "refreshUrl", REFRESH_URL))
                .put("/users/me/payout-account");
    }

    /** Onboards a host at the simulated gateway, which enables a host owed nothing yet at once. */
    static JsonPath onboarded(TestUser host) {
        JsonPath account = start(host).then().statusCode(200).extract().jsonPath();
        if (!"ENABLED".equals(account.getString("status"))) {
            throw new AssertionError("the simulated gateway did not enable " + host.name() + ": " + account.prettify());
        }
        return account;
    }
}
