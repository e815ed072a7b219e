package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every {@link EventSubscriber} bean of the application, indexed once: who subscribes to each event type,
 * and which class each stored type name reads back as.
 */
@ApplicationScoped
public class Subscribers {

    private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z][a-z0-9-]{1,50}");

    @Inject
    Instance<EventSubscriber> beans;

    private volatile Index index;

    List<Subscriber> of(Class<? extends IntegrationEvent> type) {
        return index().byType.getOrDefault(type, List.of());
    }

    Optional<Subscriber> named(String name) {
        return Optional.ofNullable(index().byName.get(name));
    }

    Collection<Subscriber> all() {
        return index().byName.values();
    }

    /** Every subscriber's name, in alphabetical order. */
    List<String> names() {
        return index().names();
    }

    /** The class a stored event type name stands for, if any subscriber handles it. */
    Optional<Class<? extends IntegrationEvent>> eventClass(String typeName) {
        return Optional.ofNullable(index().classes.get(typeName));
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    index = Index.of(beans.stream().map(bean -> new Subscriber(bean.name(), bean.subscriptions())).toList());
                }
                built = index;
            }
        }
        return built;
    }

    /** Subscribers by name and by event type; event types by their stored name (the simple class name). */
    record Index(Map<String, Subscriber> byName, Map<Class<? extends IntegrationEvent>, List<Subscriber>> byType,
                 Map<String, Class<? extends IntegrationEvent>> classes) {

        static Index of(List<Subscriber> subscribers) {
            Map<String, Subscriber> byName = new HashMap<>();
            Map<Class<? extends IntegrationEvent>, List<Subscriber>> byType = new HashMap<>();
            Map<String, Class<? extends IntegrationEvent>> classes = new HashMap<>();
            for (Subscriber subscriber : subscribers) {
                if (!NAME.matcher(subscriber.name()).matches()) {
                    throw new IllegalStateException("subscriber names are <module>.<what> in lower case: " + subscriber.name());
                }
                if (byName.put(subscriber.name(), subscriber) != null) {
                    throw new IllegalStateException("two subscribers are named " + subscriber.name());
                }
                for (Class<? extends IntegrationEvent> type : subscriber.subscriptions().eventTypes()) {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(subscriber);
                    Class<? extends IntegrationEvent> known = classes.putIfAbsent(EventNames.typeOf(type), type);
                    if (known != null && known != type) {
                        throw new IllegalStateException("two event types are named " + type.getSimpleName());
                    }
                }
            }
            byType.replaceAll((type, list) -> List.copyOf(list));
            return new Index(Map.copyOf(byName), Map.copyOf(byType), Map.copyOf(classes));
        }

        List<String> names() {
            return byName.keySet().stream().sorted().toList();
        }
    }
}
