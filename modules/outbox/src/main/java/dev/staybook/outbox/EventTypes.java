package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events one module stores, by name, and their JSON form: what is written is read back as the same record. */
public final class EventTypes {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withAdapters(new CurrencyCode()));

    private final Map<String, Class<? extends IntegrationEvent>> byName;

    public EventTypes(Collection<Class<? extends IntegrationEvent>> types) {
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    }

    public String nameOf(IntegrationEvent event) {
        String name = event.getClass().getSimpleName();
        if (!byName.containsKey(name)) {
            throw new IllegalArgumentException("not an event of this module: " + name);
        }
        return name;
    }

    public String write(IntegrationEvent event) {
        return JSON.toJson(event);
    }

    public IntegrationEvent read(String name, String json) {
        Class<? extends IntegrationEvent> type = byName.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type " + name);
        }
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
