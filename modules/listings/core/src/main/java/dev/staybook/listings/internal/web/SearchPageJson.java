package dev.staybook.listings.internal.web;

import static dev.staybook.listings.internal.web.Jsonp.JSON;

import dev.staybook.kernel.Page;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;

/**
 * Writes a search page as JSON text in one pass, exactly as the application's JSON-B writes a
 * {@code Page<SearchItem>} (properties in lexicographical order, null values left out). Search is the hottest
 * read and its pages go to the cache as text: JSON-B's reflective serialization was a fifth of a search's server time
 * (modules/benchmarks/results/hot-paths.md); {@code SearchPageJsonTest} keeps the two identical.
 */
final class SearchPageJson {

    private SearchPageJson() {
    }

    static String write(Page<SearchItem> page) {
        StringWriter text = new StringWriter(512 * (page.items().size() + 1));
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject().writeStartArray("items");
            page.items().forEach(item -> item(json, item));
            json.writeEnd();
            optional(json, "nextCursor", page.nextCursor());
            json.writeEnd();
        }
        return text.toString();
    }

    private static void item(JsonGenerator json, SearchItem item) {
        json.writeStartObject()
                .write("city", item.city())
                .write("country", item.country());
        if (item.distanceKm() != null) {
            json.write("distanceKm", item.distanceKm());
        }
        json.write("guests", item.guests())
                .write("id", item.id())
                .write("instantBook", item.instantBook())
                .writeStartObject("location")
                .write("latitude", item.location().latitude())
                .write("longitude", item.location().longitude())
                .writeEnd();
        money(json, "nightlyPrice", item.nightlyPrice());
        if (item.photo() != null) {
            json.writeStartObject("photo");
            optional(json, "caption", item.photo().caption());
            optional(json, "url", item.photo().url());
            json.writeEnd();
        }
        json.write("propertyType", item.propertyType())
                .writeStartObject("rating");
        if (item.rating().average() != null) {
            json.write("average", item.rating().average());
        }
        json.write("count", item.rating().count())
                .writeEnd()
                .write("roomType", item.roomType());
        if (item.stayPrice() != null) {
            json.writeStartObject("stayPrice").write("nights", item.stayPrice().nights());
            money(json, "total", item.stayPrice().total());
            json.writeEnd();
        }
        optional(json, "title", item.title());
        json.writeEnd();
    }

    private static void money(JsonGenerator json, String name, MoneyResponse money) {
        if (money != null) {
            json.writeStartObject(name).write("amount", money.amount()).write("currency", money.currency()).writeEnd();
        }
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
