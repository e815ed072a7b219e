package dev.staybook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.staybook.bookings.internal.domain.Actor;
import dev.staybook.bookings.internal.web.BookingResponse;
import dev.staybook.payments.internal.application.WebhookReceiver;
import dev.staybook.payments.internal.domain.Dispute;
import dev.staybook.payments.internal.domain.GatewayOutcome;
import dev.staybook.payments.internal.domain.Operation;
import dev.staybook.payments.internal.domain.SupportRefund;
import dev.staybook.payments.internal.web.AdminDisputeResource;
import dev.staybook.payments.internal.web.BookingPaymentsResource;
import dev.staybook.payments.internal.web.PayoutAccountResponse;
import dev.staybook.payments.internal.web.SupportRefundResponse;
import dev.staybook.payments.internal.web.WebhookResource;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * A response property is typed by its Java enum wherever the enum can name a schema of its own ({@code BookingStatus}).
 * Where it cannot ({@code Actor.Kind} would become a schema named {@code Kind}), the property lists the values by hand
 * in {@code @Schema(enumeration)}: this test keeps each such list equal to the enum the server writes the value from,
 * and fails for a list it does not know, so none can drift from what clients receive.
 */
class DocumentedEnumerationsTest {

    /** Each hand-written enumeration, by record and component, and the values the server may write there. */
    private static final Map<String, Set<String>> SENT_VALUES = Map.of(
            property(BookingResponse.Change.class, "by"), names(Actor.Kind.class, Enum::name),
            property(BookingPaymentsResource.BookingPaymentResponse.Attempt.class, "kind"), names(Operation.Kind.class, Enum::name),
            property(BookingPaymentsResource.BookingPaymentResponse.Attempt.class, "outcome"),
            names(GatewayOutcome.Status.class, Enum::name),
            property(AdminDisputeResource.DisputeResponse.class, "status"), names(Dispute.Status.class, Enum::name),
            property(SupportRefundResponse.class, "status"), names(SupportRefund.Status.class, Enum::name),
            property(WebhookResource.Received.class, "result"),
            names(WebhookReceiver.Outcome.class, outcome -> outcome.name().toLowerCase()),
            // no enum: PayoutAccountResponse.of writes one of the two from payoutsEnabled
            property(PayoutAccountResponse.class, "status"), Set.of("ENABLED", "PENDING"));

    @Test
    void everyHandWrittenEnumerationListsExactlyTheValuesTheServerSends() {
        Map<String, Set<String>> documented = documentedEnumerations();
        assertEquals(new TreeSet<>(SENT_VALUES.keySet()), new TreeSet<>(documented.keySet()),
                "the hand-written enumerations of response properties, each checked here against its enum");
        documented.forEach((property, values) -> assertEquals(new TreeSet<>(SENT_VALUES.get(property)), new TreeSet<>(values),
                property + " documents other values than its enum has"));
    }

    private static Map<String, Set<String>> documentedEnumerations() {
        Map<String, Set<String>> found = new TreeMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(StaybookModules.ROOT)
                .stream().map(JavaClass::reflect).filter(Class::isRecord)
                // @Schema does not target record components: Java puts it on the component's field
                .forEach(type -> Arrays.stream(type.getDeclaredFields()).forEach(field -> {
                    Schema schema = field.getAnnotation(Schema.class);
                    if (schema != null && schema.enumeration().length > 0) {
                        found.put(property(type, field.getName()), Set.of(schema.enumeration()));
                    }
                }));
        return found;
    }

    private static String property(Class<?> type, String component) {
        boolean exists = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(component::equals);
        if (!exists) {
            throw new IllegalArgumentException(type.getName() + " has no component " + component);
        }
        return type.getName() + "." + component;
    }

    private static <E extends Enum<E>> Set<String> names(Class<E> type, Function<E, String> written) {
        return Set.copyOf(List.of(type.getEnumConstants()).stream().map(written).toList());
    }
}
