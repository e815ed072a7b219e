package dev.staybook.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.app.json.JsonConfiguration;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.DomainException;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Problem documents of the modules' failures, written by the API's JSON-B configuration (Yasson, as Liberty runs it). */
class DomainExceptionMapperTest {

    private static final String BOOKINGS = "/api/v1/bookings";
    private final Jsonb jsonb = new JsonConfiguration().getContext(Problem.class);

    private JsonObject written(DomainException failure) {
        String json = jsonb.toJson(DomainExceptionMapper.problemOf(failure, BOOKINGS));
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void extensionMembersStandBesideTheOthersAndMoneyIsWrittenAsEverywhere() {
        JsonObject problem = written(new Conflict("price-changed", "This stay now costs 413.29 EUR.")
                .with("total", Money.of("413.29", "EUR")));

        assertEquals(json("{'type': 'https://staybook.dev/problems/price-changed', 'title': 'Conflict', 'status': 409, "
                + "'detail': 'This stay now costs 413.29 EUR.', 'instance': '/api/v1/bookings', 'code': 'price-changed', "
                + "'total': {'amount': '413.29', 'currency': 'EUR'}}"), problem);
    }

    @Test
    void aZeroDecimalCurrencyKeepsItsScale() {
        JsonObject problem = written(new Conflict("price-changed", "d").with("total", Money.of("41329", "JPY")));

        assertEquals(json("{'amount': '41329', 'currency': 'JPY'}"), problem.getJsonObject("total"));
    }

    @Test
    void aFailureWithoutExtensionsHasOnlyTheStandardMembers() {
        JsonObject problem = written(new NotFound("listing-not-found", "There is no such listing."));

        assertEquals(json("{'type': 'https://staybook.dev/problems/listing-not-found', 'title': 'Not Found', 'status': 404, "
                + "'detail': 'There is no such listing.', 'instance': '/api/v1/bookings', 'code': 'listing-not-found'}"), problem);
    }

    @Test
    void invalidInputStillNamesItsFields() {
        JsonObject problem = written(InvalidInput.field("expectedTotal.currency", "must be EUR"));

        assertEquals(400, problem.getInt("status"));
        assertEquals(json("{'errors': [{'field': 'expectedTotal.currency', 'message': 'must be EUR'}]}").getJsonArray("errors"),
                problem.getJsonArray("errors"));
    }
}
