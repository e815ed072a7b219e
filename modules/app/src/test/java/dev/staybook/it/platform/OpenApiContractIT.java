package dev.staybook.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.SystemTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed contract (src/main/openapi/staybook-api.yaml), which the build generates the test client from and
 * CI lints, is what the server serves: they cannot drift apart. When the API changes on purpose, this test fails
 * and leaves the served document in target/openapi/served.yaml, to be reviewed and committed in its place.
 */
@SystemTest
class OpenApiContractIT {

    static final Path CONTRACT = Path.of("src/main/openapi/staybook-api.yaml");
    static final Path SERVED = Path.of("target/openapi/served.yaml");

    @Test
    void theServedDocumentIsTheCommittedContract() throws IOException {
        String served = Api.server().get("/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);

        Object contract = new Yaml().load(Files.readString(CONTRACT));

        assertEquals(contract, new Yaml().load(served),
                "the served OpenAPI document differs from " + CONTRACT + "; if the change is meant, review " + SERVED
                        + " and commit it as the contract");
    }
}
