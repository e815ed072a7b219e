package dev.staybook.app.json;

import dev.staybook.kernel.Money;
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

/**
 * Money on the wire: {@code {"amount": "120.00", "currency": "EUR"}}. The amount is a decimal string so
 * that no client parses it into a binary floating-point number; a number is accepted on input too.
 * Reading refuses unknown currencies and more decimals than the currency has.
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
                return new Money(amount(object.get("amount")), Currency.getInstance(object.getString("currency")));
            } catch (RuntimeException invalid) {
                throw new JsonbException("money must be {\"amount\": \"12.34\", \"currency\": \"EUR\"}: " + invalid.getMessage(), invalid);
            }
        }

        private static BigDecimal amount(JsonValue value) {
            if (value instanceof JsonString text) {
                return new BigDecimal(text.getString());
            }
            return new BigDecimal(value.toString());
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
            return Currency.getInstance(code);
        }
    }
}
