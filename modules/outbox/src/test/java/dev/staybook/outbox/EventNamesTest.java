package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.sample.api.event.SampleHappened;
import org.junit.jupiter.api.Test;

class EventNamesTest {

    @Test
    void anEventIsNamedByItsClassAndPublishedByTheModuleWhoseApiDeclaresIt() {
        assertEquals("SampleHappened", EventNames.typeOf(SampleHappened.class));
        assertEquals("sample", EventNames.publisherOf(SampleHappened.class));
    }

    @Test
    void anEventOutsideAModulesApiHasNoPublisher() {
        assertThrows(IllegalArgumentException.class, () -> EventNames.publisherOf(SubscribersTest.Placed.class),
                "events live in dev.staybook.<module>.api.event");
    }
}
