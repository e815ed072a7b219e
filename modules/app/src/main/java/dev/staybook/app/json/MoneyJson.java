package dev.staybook.app.json;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.input.MoneyInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Money on the wire: {@code {"amount": "120.00", "currency": "EUR"}}. The amount is a decimal string so
 * that no client parses it into a binary floating-point number; a number is accepted on input too.
 * Reading refuses currencies that are not accepted, amounts beyond the input bounds and more decimals than the
 * currency has.
 */
final class MoneyJson {

    private MoneyJson() {
    }

    static final class Writer implements JsonbSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject()
                    .write("amount", money.amount().toPlainString())
                    .write("currency", money.currency().getCurrencyCode())
                    .writeEnd();
        }
    }

    static final class Reader implements JsonbDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonObject object = parser.getObject();
            try {
                Currency currency = MoneyInput.currency(object.getString("currency"))
                        .orElseThrow(() -> new IllegalArgumentException("the currency must be " + MoneyInput.CURRENCY_RULE));
                BigDecimal amount = amount(object.get("amount"))
                        .orElseThrow(() -> new IllegalArgumentException("the amount must be " + MoneyInput.AMOUNT_RULE));
                return new Money(amount, currency);
            } catch (RuntimeException invalid) {
                throw new JsonbException("money must be {\"amount\": \"12.34\", \"currency\": \"EUR\"}: " + invalid.getMessage(), invalid);
            }
        }

        /** Bounded before any arithmetic (see MoneyInput): "1e1000000" is refused, not scaled. */
        private static Optional<BigDecimal> amount(JsonValue value) {
            return MoneyInput.amount(value instanceof JsonString text ? text.getString() : String.valueOf(value));
        }
    }

    /** Currencies on their own travel as their ISO code. */
    static final class CurrencyCode implements JsonbAdapter<Currency, String> {
        @Override
        public String adaptToJson(Currency currency) {
            return currency.getCurrencyCode();
        }

        @Override
        public Currency adaptFromJson(String code) {
            return MoneyInput.currency(code).orElseThrow(() -> new IllegalArgumentException("must be " + MoneyInput.CURRENCY_RULE));
        }
    }
}
