package dev.staybook.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class HealthIT {

    @Test
    void readinessReportsTheMigratedDatabase() {
        Api.server().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
    }

    @Test
    void livenessIsUp() {
        Api.server().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposed() {
        Api.server().get("/metrics").then().statusCode(200);
    }
}
