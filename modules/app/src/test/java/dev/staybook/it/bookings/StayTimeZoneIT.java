package dev.staybook.it.bookings;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stay's dates are the listing's: nights are counted on its calendar, check-in and check-out happen at
 * its local times in its time zone (daylight saving included), and "today" is the date where it is. The
 * expected instants are written with explicit UTC offsets, not computed from the zone rules under test.
 */
@SystemTest
class StayTimeZoneIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneOffset EST = ZoneOffset.ofHours(-5);
    private static final ZoneOffset EDT = ZoneOffset.ofHours(-4);
    private static final ZoneOffset CET = ZoneOffset.ofHours(1);

    private static TestUser host;
    private static TestUser guest;

    @BeforeAll
    static void users() {
        host = TestUser.register("Time Zone Host").asHost();
        guest = TestUser.register("Time Zone Guest");
    }

    private static String listingIn(ZoneId zone, String checkInFrom) {
        return ListingFixtures.published(host, Stays.listingIn("Time Zone").add("timeZone", zone.getId())
                .add("checkInFrom", checkInFrom).add("checkOutUntil", "11:00"));
    }

    /** The next day in New York on which clocks go forward (second Sunday of March) that can still be booked. */
    private static LocalDate nextSpringForward() {
        LocalDate today = LocalDate.now(NEW_YORK);
        for (int year = today.getYear(); ; year++) {
            LocalDate day = LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
            if (day.minusDays(1).isAfter(today)) {
                return day;
            }
        }
    }

    /** The next day in New York on which clocks go back (first Sunday of November) that can still be booked. */
    private static LocalDate nextFallBack() {
        LocalDate today = LocalDate.now(NEW_YORK);
        for (int year = today.getYear(); ; year++) {
            LocalDate day = LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
            if (day.isAfter(today)) {
                return day;
            }
        }
    }

    private static Instant at(LocalDate date, String time, ZoneOffset offset) {
        return LocalDateTime.of(date, LocalTime.parse(time)).toInstant(offset);
    }

    private static JsonPath book(String listingId, LocalDate checkIn, LocalDate checkOut) {
        String id = Bookings.placed(guest, listingId, checkIn, checkOut);
        return Bookings.view(guest, id);
    }

    private static void assertStayTimes(JsonPath booking, Instant checkInAt, Instant checkOutAt) {
        assertEquals(checkInAt, Instant.parse(booking.getString("checkInAt")), "check-in");
        assertEquals(checkOutAt, Instant.parse(booking.getString("checkOutAt")), "check-out");
    }

    @Test
    void aStayAcrossTheSpringForwardChecksInOnStandardTimeAndOutOnDaylightTime() {
        LocalDate springForward = nextSpringForward();
        JsonPath booking = book(listingIn(NEW_YORK, "15:00"), springForward.minusDays(1), springForward.plusDays(2));

        assertEquals("America/New_York", booking.getString("timeZone"));
        assertEquals(3, booking.getInt("nights"));
        assertStayTimes(booking, at(springForward.minusDays(1), "15:00", EST), at(springForward.plusDays(2), "11:00", EDT));
    }

    @Test
    void aCheckInTimeTheClocksSkipMovesForwardByTheGap() {
        LocalDate springForward = nextSpringForward();
        // 02:30 does not exist that night: the guest's clock reads 03:30 daylight time
        JsonPath booking = book(listingIn(NEW_YORK, "02:30"), springForward, springForward.plusDays(1));

        assertStayTimes(booking, at(springForward, "03:30", EDT), at(springForward.plusDays(1), "11:00", EDT));
    }

    @Test
    void aCheckInTimeTheClocksRepeatIsTheFirstOfTheTwo() {
        LocalDate fallBack = nextFallBack();
        JsonPath booking = book(listingIn(NEW_YORK, "01:30"), fallBack, fallBack.plusDays(1));

        assertStayTimes(booking, at(fallBack, "01:30", EDT), at(fallBack.plusDays(1), "11:00", EST));
    }

    @Test
    void aStayOverNewYearCountsItsNightsOnTheCalendar() {
        LocalDate today = LocalDate.now(Stays.PARIS);
        LocalDate checkIn = LocalDate.of(today.getYear(), Month.DECEMBER, 30);
        if (!checkIn.isAfter(today)) {
            checkIn = checkIn.plusYears(1);
        }
        LocalDate checkOut = checkIn.plusDays(3);
        assertEquals(LocalDate.of(checkIn.getYear() + 1, Month.JANUARY, 2), checkOut);
        String listingId = listingIn(Stays.PARIS, "15:00");

        JsonPath quote = Api.anonymous().body(Stays.stay(listingId, checkIn, checkOut, 2)).post("/quotes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, quote.getInt("nights"));
        assertEquals(List.of(checkIn.toString(), checkIn.plusDays(1).toString(), checkOut.minusDays(1).toString()),
                quote.getList("nightlyRates.date"));
        assertEquals("3 nights", quote.getString("lines[0].description"));
        assertEquals("300.00", quote.getString("lines[0].amount.amount"));

        JsonPath booking = book(listingId, checkIn, checkOut);
        assertEquals(3, booking.getInt("nights"));
        assertEquals("403.00", booking.getString("total.amount"));
        assertStayTimes(booking, at(checkIn, "15:00", CET), at(checkOut, "11:00", CET));
    }

    @Test
    void todayIsTheDateWhereTheListingIs() {
        ZoneId firstToday = ZoneId.of("Pacific/Kiritimati"); // UTC+14
        ZoneId lastToday = ZoneId.of("Pacific/Pago_Pago"); // UTC-11
        // check-in until the day's last minute: today's stay can be quoted whenever the test runs
        String early = listingIn(firstToday, "23:59");
        String late = listingIn(lastToday, "23:59");
        LocalDate todayEarly = LocalDate.now(firstToday);
        LocalDate todayLate = LocalDate.now(lastToday);

        Api.anonymous().body(Stays.stay(early, todayEarly, todayEarly.plusDays(1), 2)).post("/quotes").then().statusCode(200);
        Api.anonymous().body(Stays.stay(late, todayLate, todayLate.plusDays(1), 2)).post("/quotes").then().statusCode(200);
        assertProblem(Api.anonymous().body(Stays.stay(early, todayEarly.minusDays(1), todayEarly.plusDays(1), 2)).post("/quotes"),
                422, "check-in-in-past");
        assertProblem(Api.anonymous().body(Stays.stay(late, todayLate.minusDays(1), todayLate.plusDays(1), 2)).post("/quotes"),
                422, "check-in-in-past");
    }

    @Test
    void todaysStayIsRefusedOnceItsCheckInTimeHasPassedWhereTheListingIs() {
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        String fromMidnight = listingIn(zone, "00:00");
        LocalDate today = LocalDate.now(zone);

        assertProblem(Api.anonymous().body(Stays.stay(fromMidnight, today, today.plusDays(1), 2)).post("/quotes"),
                422, "check-in-time-passed").body("detail", containsString("00:00"));
        TestUser guest = TestUser.register("Late Arrival");
        assertProblem(Api.as(guest.accessToken()).body(Stays.stay(fromMidnight, today, today.plusDays(1), 2)).post("/bookings"),
                422, "check-in-time-passed");
        Api.anonymous().body(Stays.stay(fromMidnight, today.plusDays(1), today.plusDays(2), 2)).post("/quotes").then().statusCode(200);
    }
}
