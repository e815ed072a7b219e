package dev.staybook.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.outbox.DeliveryState;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The contract lists the state names by hand: they must be the names the server shows each delivery state by. */
class EventDeliveryStatesTest {

    @Test
    void theDocumentedStatesAreTheNamesOfEveryDeliveryState() throws NoSuchFieldException {
        Set<String> shown = Arrays.stream(DeliveryState.values()).map(AdminEventResource::stateName).collect(Collectors.toSet());
        // @Schema does not target record components: Java puts it on the component's field
        Schema state = EventDeliveryResponse.class.getDeclaredField("state").getAnnotation(Schema.class);
        assertEquals(shown, Set.of(state.enumeration()));
    }
}
