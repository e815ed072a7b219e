package dev.staybook.listings.internal.web;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.DecimalInput;
import dev.staybook.kernel.input.MoneyInput;
import dev.staybook.listings.internal.domain.InputErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, forgiving reads of one JSON object: a missing or mistyped field is recorded in the shared
 * {@link InputErrors} under its dotted path and a neutral value comes back, so reading goes on and
 * every bad field is reported together.
 */
final class JsonFields {

    private final JsonObject object;
    private final String prefix;
    private final InputErrors errors;

    JsonFields(JsonObject object, String prefix, InputErrors errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    InputErrors errors() {
        return errors;
    }

    boolean has(String name) {
        return object.containsKey(name) && object.get(name) != JsonValue.NULL;
    }

    /** Reports every field not in the allowed set. */
    JsonFields allowOnly(Set<String> allowed) {
        object.keySet().stream().filter(key -> !allowed.contains(key)).sorted()
                .forEach(key -> errors.add(path(key), "is not a field here (unknown or read-only)"));
        return this;
    }

    String text(String name, boolean required) {
        return value(name, required, "a string", v -> v instanceof JsonString s ? s.getString() : null);
    }

    Integer integer(String name, Integer fallback) {
        Integer value = value(name, fallback == null, "a whole number",
                v -> v instanceof JsonNumber n ? DecimalInput.parse(n.toString(), 6, 0).map(BigDecimal::intValueExact).orElse(null) : null);
        return value == null ? fallback : value;
    }

    /** A number of at most so many digits before and after the point, read without arithmetic on its text. */
    BigDecimal decimal(String name, int maxIntegerDigits, int maxScale) {
        return value(name, true, "a number with at most %d digits before the point and %d after".formatted(maxIntegerDigits, maxScale),
                v -> v instanceof JsonNumber n ? DecimalInput.parse(n.toString(), maxIntegerDigits, maxScale).orElse(null) : null);
    }

    boolean bool(String name) {
        Boolean value = value(name, false, "true or false",
                v -> v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null);
        return Boolean.TRUE.equals(value);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        E value = value(name, fallback == null, "one of " + java.util.Arrays.toString(type.getEnumConstants()),
                v -> v instanceof JsonString s ? parseEnum(type, s.getString()) : null);
        return value == null ? fallback : value;
    }

    Optional<JsonFields> object(String name, boolean required) {
        JsonObject nested = value(name, required, "an object", v -> v instanceof JsonObject o ? o : null);
        return Optional.ofNullable(nested).map(o -> new JsonFields(o, path(name), errors));
    }

    Optional<JsonArray> array(String name) {
        return Optional.ofNullable(value(name, false, "an array", v -> v instanceof JsonArray a ? a : null));
    }

    /** A Money object: {"amount": "120.00", "currency": "EUR"}; the amount may also be a JSON number. */
    Money money(String name, boolean required) {
        return object(name, required).map(JsonFields::money).orElse(null);
    }

    Money money() {
        allowOnly(Set.of("amount", "currency"));
        String code = text("currency", true);
        BigDecimal amount = value("amount", true, MoneyInput.AMOUNT_RULE,
                v -> v instanceof JsonString s ? MoneyInput.amount(s.getString()).orElse(null)
                        : v instanceof JsonNumber n ? MoneyInput.amount(n.toString()).orElse(null) : null);
        Currency currency = null;
        if (code != null) {
            currency = MoneyInput.currency(code).orElse(null);
            if (currency == null) {
                errors.add(path("currency"), "must be " + MoneyInput.CURRENCY_RULE);
            }
        }
        if (amount == null || currency == null) {
            return null;
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException tooPrecise) {
            errors.add(path("amount"), "has more decimals than %s allows (%d)".formatted(currency, currency.getDefaultFractionDigits()));
            return null;
        }
    }

    private <T> T value(String name, boolean required, String expected, Function<JsonValue, T> read) {
        JsonValue raw = object.get(name);
        if (raw == null || raw == JsonValue.NULL) {
            if (required) {
                errors.add(path(name), "is required");
            }
            return null;
        }
        T value = read.apply(raw);
        if (value == null) {
            errors.add(path(name), "must be " + expected);
        }
        return value;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
