package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.kernel.event.Secret;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** The stored properties of an event type that are {@link Secret}: erased once its subscribers are done with it. */
final class EventSecrets {

    private static final ClassValue<List<String>> OF_TYPE = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(Secret.class))
                    .map(RecordComponent::getName) // the property's name in the stored JSON (JSON-B's default)
                    .toList();
        }
    };

    private EventSecrets() {
    }

    /** The names of the type's secret properties; empty for most events. */
    static List<String> of(Class<? extends IntegrationEvent> type) {
        return OF_TYPE.get(type);
    }
}
