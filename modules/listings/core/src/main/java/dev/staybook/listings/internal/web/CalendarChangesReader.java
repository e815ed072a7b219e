package dev.staybook.listings.internal.web;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.DateInput;
import dev.staybook.listings.internal.domain.CalendarChange;
import dev.staybook.listings.internal.domain.InputErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code {"changes": [{"from", "to", "availability", "note", "price"}]}}: a price of null goes back
 * to the base price, an absent one leaves prices as they are. Rules that need the listing (its
 * currency, today where it is) are checked by {@link CalendarChange#check}.
 */
public final class CalendarChangesReader {

    private CalendarChangesReader() {
    }

    public static List<CalendarChange> read(JsonObject body) {
        InputErrors errors = new InputErrors();
        if (body == null) {
            throw dev.staybook.kernel.error.InvalidInput.field("body", "must be a JSON object with changes");
        }
        JsonFields json = new JsonFields(body, "", errors).allowOnly(Set.of("changes"));
        JsonArray array = json.array("changes").orElse(null);
        if (array == null && !json.has("changes")) {
            errors.add("changes", "is required");
        }
        if (array != null && array.size() > CalendarChange.MAX_CHANGES) {
            // refused before its elements are read, one by one, each perhaps an error
            errors.add("changes", CalendarChange.COUNT_RULE);
            array = null;
        }
        List<CalendarChange> changes = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "changes[%d]".formatted(i);
            if (array.get(i) instanceof JsonObject item) {
                change(new JsonFields(item, path, errors), item).ifPresent(changes::add);
            } else {
                errors.add(path, "must be an object");
            }
        }
        errors.throwIfAny("The calendar changes are invalid.");
        return changes;
    }

    private static java.util.Optional<CalendarChange> change(JsonFields json, JsonObject item) {
        json.allowOnly(Set.of("from", "to", "availability", "note", "price"));
        LocalDate from = date(json, "from");
        LocalDate to = date(json, "to");
        CalendarChange.Availability availability = json.has("availability")
                ? json.choice("availability", CalendarChange.Availability.class, null) : null;
        String note = json.text("note", false);
        CalendarChange.PriceChange price = null;
        if (item.containsKey("price")) {
            Money money = json.money("price", false);
            price = item.get("price") == JsonValue.NULL ? new CalendarChange.PriceChange(null)
                    : money == null ? null : new CalendarChange.PriceChange(money);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            json.errors().add(json.path("to"), "must be after from");
            return java.util.Optional.empty();
        }
        if (from == null || to == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CalendarChange(new DateRange(from, to), availability, note, price));
    }

    private static LocalDate date(JsonFields json, String field) {
        String text = json.text(field, true);
        try {
            return text == null ? null : DateInput.parse(text);
        } catch (DateTimeParseException e) {
            json.errors().add(json.path(field), "must be a date such as 2027-03-01");
            return null;
        }
    }
}
