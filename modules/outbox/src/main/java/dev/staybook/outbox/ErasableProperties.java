package dev.staybook.outbox;

import dev.staybook.kernel.event.ErasedAfterDelivery;
import dev.staybook.kernel.event.IntegrationEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The stored properties of an event that are {@link ErasedAfterDelivery} (one-time tokens, personal data): erased once
 * its subscribers are done with it.
 */
final class ErasableProperties {

    private static final ClassValue<List<RecordComponent>> OF_TYPE = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(ErasedAfterDelivery.class))
                    .toList();
        }
    };

    private ErasableProperties() {
    }

    /**
     * The names of the event's erasable properties that hold a value, as stored in the JSON (JSON-B's default); empty for
     * most events. An event with none (a booking without a message) leaves the workers nothing to erase, and its
     * dismissed deliveries can still be retried.
     */
    static List<String> heldBy(IntegrationEvent event) {
        return OF_TYPE.get(event.getClass()).stream().filter(component -> valueOf(component, event) != null)
                .map(RecordComponent::getName).toList();
    }

    private static Object valueOf(RecordComponent component, IntegrationEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass().getName(), e);
        }
    }
}
