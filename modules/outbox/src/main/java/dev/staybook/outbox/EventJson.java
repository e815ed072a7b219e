package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Currency;

/** The stored form of events: what is written is read back as the same record. */
public final class EventJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withAdapters(new CurrencyCode()));

    private EventJson() {
    }

    public static String write(IntegrationEvent event) {
        return JSON.toJson(event);
    }

    public static IntegrationEvent read(String json, Class<? extends IntegrationEvent> type) {
        return JSON.fromJson(json, type);
    }

    /** Currencies travel as their ISO code. */
    public static final class CurrencyCode implements JsonbAdapter<Currency, String> {
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
