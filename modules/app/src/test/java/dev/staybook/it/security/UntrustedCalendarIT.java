package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * iCalendar files come from other platforms and from whoever posts them (OWASP API1, API10): only the listing's host
 * gets a file parsed at all, and whatever a file holds, the answer is a 400 problem, never a 500, and nothing is blocked.
 */
@SystemTest
class UntrustedCalendarIT {

    private static final String GARBAGE = "this is not a calendar at all";

    private static TestUser host;
    private static String listing;

    @BeforeAll
    static void aListing() {
        host = TestUser.register("Calendar Owner").asHost();
        listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Untrusted calendar"), 48.85, 2.35));
    }

    private static Response upload(TestUser as, String calendar) {
        return (as == null ? Api.anonymous() : Api.as(as.accessToken())).contentType("text/calendar").body(calendar)
                .post("/listings/" + listing + "/calendar/import");
    }

    private static String event(String... lines) {
        String start = LocalDate.now().plusDays(20).format(DateTimeFormatter.BASIC_ISO_DATE);
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start + "\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static long blockedNights() {
        return StayFixtures.count("SELECT count(*) FROM listings.calendar_days WHERE listing_id = ?::uuid AND blocked", listing);
    }

    @Test
    void nobodyButTheHostGetsAFileParsed() {
        assertProblem(upload(null, GARBAGE), 401, "authentication-required");
        assertProblem(upload(TestUser.register("Calendar Stranger"), GARBAGE), 403, "not-your-listing");
        assertProblem(upload(TestUser.register("Other Host").asHost(), GARBAGE), 403, "not-your-listing");
        assertProblem(upload(host, GARBAGE), 400, "invalid-input").body("errors.field", hasItem("body"));
    }

    @Test
    void aDurationBeyondAnyDateIsA400AndBlocksNothing() {
        long before = blockedNights();
        for (String duration : new String[] {"P999999999Y", "PT99999999999999H", "P11Y"}) {
            assertProblem(upload(host, event("DURATION:" + duration)), 400, "invalid-input").body("errors.field", hasItem("body"));
        }
        assertProblem(upload(host, event("DTEND;VALUE=DATE:99999999")), 400, "invalid-input");
        assertProblem(upload(host, event("DTEND;TZID=Mars/Olympus:20270301T100000X")), 400, "invalid-input");
        assertEquals(before, blockedNights());
    }

    @Test
    void aSummaryBecomesAOneLineNote() {
        upload(host, event("DURATION:P2D", "SUMMARY:Booked\\nelsewhere\u0007 today")).then().statusCode(200);
        String note = StayFixtures.text("SELECT block_note FROM listings.calendar_days WHERE listing_id = ?::uuid AND blocked"
                + " AND block_note LIKE 'Booked%' LIMIT 1", listing);
        assertEquals("Booked elsewhere today", note);
    }
}
