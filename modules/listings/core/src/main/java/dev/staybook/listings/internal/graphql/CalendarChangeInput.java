package dev.staybook.listings.internal.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * One change of PUT /listings/{id}/calendar. GraphQL cannot tell a null price from an absent one as JSON
 * does, so going back to the base price is said with {@code resetPrice}.
 */
@Input("CalendarChangeInput")
@Description("Nights [from, to) to make AVAILABLE or BLOCKED, note or reprice")
public class CalendarChangeInput {

    @Description("First night, such as 2027-03-01")
    public String from;
    @Description("The day after the last night")
    public String to;
    @Description("AVAILABLE or BLOCKED; left out: unchanged")
    public String availability;
    public String note;
    @Description("The nights' price, in the listing's currency; left out: unchanged")
    public ListingInput.Money price;
    @Description("true: back to the listing's base price (instead of a price)")
    public Boolean resetPrice;

    /** The change as REST's body has it, for the same reader. */
    JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "from", from);
        put(json, "to", to);
        put(json, "availability", availability);
        put(json, "note", note);
        if (Boolean.TRUE.equals(resetPrice)) {
            // both a price and a reset: the reader reports the price field, as REST cannot receive both
            json.add("price", price == null ? JsonValue.NULL : Json.createValue("both price and resetPrice"));
        } else if (price != null) {
            JsonObjectBuilder money = Json.createObjectBuilder();
            put(money, "amount", price.amount);
            put(money, "currency", price.currency);
            json.add("price", money);
        }
        return json.build();
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
