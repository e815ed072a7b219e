package dev.staybook.listings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.TestListings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON form of a listing: reading with defaults and errors, writing back, and merge patches. */
class ListingJsonTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static final String MINIMAL = "{'title':'Cabin','propertyType':'cabin','roomType':'ENTIRE_PLACE',"
            + "'address':{'city':'Bergen','country':'no'},'location':{'latitude':60.39,'longitude':5.32},'timeZone':'Europe/Oslo',"
            + "'capacity':{'guests':2,'bedrooms':1,'beds':1,'bathrooms':1},'pricing':{'nightlyPrice':{'amount':'1200','currency':'NOK'}}}";

    private static List<String> fields(Runnable reading) {
        return assertThrows(InvalidInput.class, reading::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsTheRequiredFieldsAndDefaultsTheRest() {
        ListingDetails details = ListingJsonReader.read(json(MINIMAL), Set.of());
        assertEquals("NO", details.address().country());
        assertEquals(Money.of("1200.00", "NOK"), details.pricing().nightlyPrice());
        assertEquals(Money.of("0", "NOK"), details.pricing().cleaningFee());
        assertEquals(LocalTime.of(15, 0), details.checkInFrom());
        assertEquals(LocalTime.of(11, 0), details.checkOutUntil());
        assertEquals(1, details.stayRules().minNights());
        assertEquals(365, details.stayRules().maxNights());
        assertEquals(CancellationPolicyChoice.MODERATE, details.cancellationPolicy());
        assertTrue(details.photos().isEmpty() && details.amenities().isEmpty());
    }

    @Test
    void reportsMissingMistypedUnknownAndInvalidFieldsTogether() {
        assertEquals(Set.of("title", "propertyType", "roomType", "address", "location", "timeZone", "capacity", "pricing"),
                Set.copyOf(fields(() -> ListingJsonReader.read(json("{}"), Set.of()))));
        String bad = "{'title':42,'propertyType':'castle','roomType':'ENTIRE_PLACE','colour':'red',"
                + "'address':{'city':'Bergen','country':'ZZ','floor':3},'location':{'latitude':91,'longitude':'east'},'timeZone':'Mars/Base',"
                + "'capacity':{'guests':0,'bedrooms':1,'beds':1,'bathrooms':1.25},"
                + "'pricing':{'nightlyPrice':{'amount':'12.345','currency':'EUR'},'weeklyDiscountPercent':120},"
                + "'photos':[{'url':'javascript:alert(1)'}],'checkInFrom':'3pm','stayRules':{'minNights':0}}";
        assertEquals(Set.of("title", "propertyType", "colour", "address.floor", "address.country", "location.longitude", "timeZone",
                "capacity.guests", "capacity.bathrooms", "pricing.nightlyPrice.amount", "photos[0].url", "checkInFrom",
                "stayRules.minNights"), Set.copyOf(fields(() -> ListingJsonReader.read(json(bad), Set.of()))));
    }

    @Test
    void longArraysAreRefusedWholeBeforeTheirElementsAreRead() {
        String zeros = "0,".repeat(100_000) + "0";
        InvalidInput photos = assertThrows(InvalidInput.class,
                () -> ListingJsonReader.read(json(MINIMAL.replace("{'title'", "{'photos':[" + zeros + "],'title'")), Set.of()));
        assertEquals(List.of(new FieldError("photos", "must be at most 50 photos")), photos.errors());
        InvalidInput amenities = assertThrows(InvalidInput.class,
                () -> ListingJsonReader.read(json(MINIMAL.replace("{'title'", "{'amenities':[" + "'wifi',".repeat(300) + "'wifi'],'title'")),
                        Set.of()));
        assertEquals(List.of(new FieldError("amenities", "must be at most 200 amenity codes")), amenities.errors());
    }

    @Test
    void calendarChangesOverTheLimitAreRefusedWholeAndErrorsAreBounded() {
        InvalidInput tooMany = assertThrows(InvalidInput.class,
                () -> CalendarChangesReader.read(json("{'changes':[" + "0,".repeat(300_000) + "0]}")));
        assertEquals(List.of(new FieldError("changes", "must hold 1 to 50 changes")), tooMany.errors());
        // within the limit every bad change is named, and however many fields are bad, at most 100 errors are kept
        InvalidInput bad = assertThrows(InvalidInput.class, () -> CalendarChangesReader.read(json("{'changes':["
                + "{'from':'x','to':'y','availability':'MAYBE','note':7,'price':'free','colour':1},".repeat(49) + "0]}")));
        assertEquals(100, bad.errors().size());
        assertEquals("changes[0].colour", bad.errors().get(0).field(), "the first change's errors first");
    }

    @Test
    void valuesReportTheirOwnRangesUnderTheirPath() {
        String bad = MINIMAL.replace("'guests':2", "'guests':0").replace("'country':'no'", "'country':'ZZ'")
                .replace("'bathrooms':1", "'bathrooms':1.25");
        assertEquals(Set.of("capacity.guests", "capacity.bathrooms", "address.country"),
                Set.copyOf(fields(() -> ListingJsonReader.read(json(bad), Set.of()))));
        String priced = MINIMAL.replace("'amount':'1200'", "'amount':'-5'");
        assertEquals(List.of("pricing.nightlyPrice"), fields(() -> ListingJsonReader.read(json(priced), Set.of())));
    }

    @Test
    void whatItWritesReadsBackUnchanged() {
        ListingDetails details = TestListings.complete();
        assertEquals(details, ListingJsonReader.read(ListingJsonWriter.write(details).build(), Set.of()));
        JsonObject written = ListingJsonWriter.write(details).build();
        assertEquals("120.00", written.getJsonObject("pricing").getJsonObject("nightlyPrice").getString("amount"));
        assertEquals("15:00", written.getString("checkInFrom"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        ListingDetails current = TestListings.complete();
        ListingDetails patched = ListingMergePatch.from(json("{'title':'Renamed','address':{'street':null},"
                + "'pricing':{'weeklyDiscountPercent':5},'photos':[]}")).applyTo(current);
        assertEquals("Renamed", patched.title());
        assertNull(patched.address().street());
        assertEquals("Paris", patched.address().city());
        assertEquals(5, patched.pricing().weeklyDiscountPercent());
        assertEquals(current.pricing().nightlyPrice(), patched.pricing().nightlyPrice());
        assertTrue(patched.photos().isEmpty());
        assertEquals(current.amenities(), patched.amenities());
    }

    @Test
    void aMergePatchReportsUnknownMistypedAndInvalidFieldsTogether() {
        assertEquals(List.of("id", "status"), fields(() -> ListingMergePatch.from(json("{'status':'PUBLISHED','id':'x','title':'ok'}"))
                .applyTo(TestListings.complete())));
        var patch = ListingMergePatch.from(json("{'title':null,'capacity':{'guests':'many'}}"));
        assertEquals(Set.of("title", "capacity.guests"), Set.copyOf(fields(() -> patch.applyTo(TestListings.complete()))));
        var everything = ListingMergePatch.from(json("{'title':123,'capacity':{'guests':0,'bedrooms':1,'beds':1,'bathrooms':1},'bogus':1}"));
        assertEquals(Set.of("bogus", "title", "capacity.guests"), Set.copyOf(fields(() -> everything.applyTo(TestListings.complete()))));
    }

    @Test
    void aMergePatchNamesAnUnknownFieldEvenWhenItsValueIsNull() {
        assertEquals(List.of("bogus"), fields(() -> ListingMergePatch.from(json("{'bogus':null}")).applyTo(TestListings.complete())));
    }

    @Test
    void hugeExponentsAreRefusedAtOnceWhereverADecimalIsRead() {
        ListingJsonReader.read(json(MINIMAL), Set.of()); // warm: the bound is on the work, not on loading classes
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertEquals(List.of("pricing.nightlyPrice.amount"),
                    fields(() -> ListingJsonReader.read(json(MINIMAL.replace("'amount':'1200'", "'amount':'1e100000000'")), Set.of())));
            assertEquals(List.of("pricing.nightlyPrice.amount"),
                    fields(() -> ListingJsonReader.read(json(MINIMAL.replace("'amount':'1200'", "'amount':1e100000000")), Set.of())));
            assertEquals(List.of("location.latitude"),
                    fields(() -> ListingJsonReader.read(json(MINIMAL.replace("'latitude':60.39", "'latitude':1e-100000000")), Set.of())));
            assertEquals(List.of("capacity.guests"),
                    fields(() -> ListingJsonReader.read(json(MINIMAL.replace("'guests':2", "'guests':2e100000000")), Set.of())));
        });
    }

    @Test
    void onlyAcceptedCurrencies() {
        for (String code : new String[] {"XAU", "XXX", "KWD", "nok", "Nok", " NOK"}) {
            assertEquals(List.of("pricing.nightlyPrice.currency"),
                    fields(() -> ListingJsonReader.read(json(MINIMAL.replace("'currency':'NOK'", "'currency':'" + code + "'")), Set.of())), code);
        }
    }

    @Test
    void linesThatReachMailHeadersAndCalendarsHoldNoControlCharacters() {
        String title = MINIMAL.replace("'title':'Cabin'", "'title':'Cabin\\r\\nBcc: victim@example.com'");
        assertEquals(List.of("title"), fields(() -> ListingJsonReader.read(json(title), Set.of())));
        String city = MINIMAL.replace("'city':'Bergen'", "'city':'Ber\\u0000gen'");
        assertEquals(List.of("address.city"), fields(() -> ListingJsonReader.read(json(city), Set.of())));
    }

    @Test
    void coordinatesMayHaveAsManyDecimalsAsADoublePrints() {
        ListingJsonReader.read(json(MINIMAL.replace("'latitude':60.39", "'latitude':41.13345678900001")), Set.of());
    }
}
