package dev.staybook.listings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.Page;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The hand-written search page is the text JSON-B writes for the same page, character for character. */
class SearchPageJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static SearchItem everything() {
        return new SearchItem("0192b3c4-0000-7000-8000-000000000001", "Loft by the \"canal\"\n", "Amsterdam", "NL", "APARTMENT",
                "ENTIRE_PLACE", new SearchItem.Location(52.370216, 4.895168), 4, new MoneyResponse("120.00", "EUR"),
                new SearchItem.StayPriceResponse(3, new MoneyResponse("395.50", "EUR")), new SearchItem.Rating(new BigDecimal("4.87"), 31),
                new PhotoResponse("https://img.example/1.jpg", "Living room – view"), true, new BigDecimal("1.234"));
    }

    private static SearchItem fewest() {
        return new SearchItem("0192b3c4-0000-7000-8000-000000000002", "Room", "Tokyo", "JP", "HOUSE", "PRIVATE_ROOM",
                new SearchItem.Location(-35.5, 139.0), 1, new MoneyResponse("9000", "JPY"), null, new SearchItem.Rating(null, 0),
                null, false, null);
    }

    @Test
    void writesWhatJsonbWritesForEveryOptionalPart() {
        Page<SearchItem> page = new Page<>(List.of(everything(), fewest(),
                new SearchItem("id-3", "Hut", "Oslo", "NO", "CABIN", "SHARED_ROOM", new SearchItem.Location(0.0, 1e-7), 2,
                        new MoneyResponse("1.00", "NOK"), null, new SearchItem.Rating(BigDecimal.ZERO, 1),
                        new PhotoResponse("http://img.example/2.png", null), false, new BigDecimal("0.000"))),
                "UFJJQ0UfMTg5LjAw");

        assertEquals(JSONB.toJson(page), SearchPageJson.write(page));
    }

    @Test
    void writesAnEmptyLastPageAsJsonbDoes() {
        Page<SearchItem> page = new Page<>(List.of(), null);

        assertEquals(JSONB.toJson(page), SearchPageJson.write(page));
        assertEquals("{\"items\":[]}", SearchPageJson.write(page));
    }
}
