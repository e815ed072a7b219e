package dev.staybook.bookings.internal.outbox;

import dev.staybook.bookings.api.event.BookingCancelled;
import dev.staybook.bookings.api.event.BookingConfirmed;
import dev.staybook.bookings.api.event.BookingDeclined;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.api.event.BookingPlaced;
import dev.staybook.bookings.api.event.BookingRequested;
import dev.staybook.bookings.api.event.StayCompleted;
import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores events as JSON in the outbox and reads them back as the same records. */
public final class EventJson {

    private static final List<Class<? extends IntegrationEvent>> TYPES = List.of(BookingPlaced.class,
            BookingRequested.class, BookingConfirmed.class, BookingDeclined.class, BookingExpired.class,
            BookingCancelled.class, StayCompleted.class);
    private static final Map<String, Class<? extends IntegrationEvent>> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withAdapters(new CurrencyCode()));

    private EventJson() {
    }

    public static String typeOf(IntegrationEvent event) {
        String name = event.getClass().getSimpleName();
        if (!BY_NAME.containsKey(name)) {
            throw new IllegalArgumentException("not a bookings event: " + name);
        }
        return name;
    }

    public static String write(IntegrationEvent event) {
        return JSON.toJson(event);
    }

    public static IntegrationEvent read(String type, String json) {
        Class<? extends IntegrationEvent> eventClass = BY_NAME.get(type);
        if (eventClass == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return JSON.fromJson(json, eventClass);
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
