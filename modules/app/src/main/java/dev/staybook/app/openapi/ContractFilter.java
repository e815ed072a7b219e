package dev.staybook.app.openapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the served OpenAPI document where annotations cannot.
 * <ul>
 * <li>An operation without a security requirement is public, and the document says so ({@code security: []})
 * instead of leaving clients to guess: every resource method that needs a token declares
 * {@code @SecurityRequirement(name = "bearer")}, so the public ones are exactly those without. A token sent to one
 * must still be valid (401, AuthenticationBeforeInput), but for the sign-in operations under /auth.
 * <li>Money goes over the wire as {@code {"amount": "120.00", "currency": "EUR"}} (MoneyJson), not as the fields
 * the scanner finds on the {@code Money} record; the static fragment (META-INF/openapi.yaml) describes that form
 * as {@value #MONEY_ON_THE_WIRE}, which becomes the {@code Money} every response refers to. (Mapping the class
 * with {@code mp.openapi.schema.*} fails on Liberty: the setting is read twice and the scan stops.)
 * <li>What every operation may answer before it runs, declared once here rather than on each resource method: 406
 * when the Accept header excludes JSON (operations that answer with a body), and 415 and 413 for a body of another
 * media type or over the size limit (operations that take one), 412 for a write made conditional (ConditionalWrites),
 * 400 for a query parameter the operation does not have (KnownQueryParameters).
 * <li>A page of a list ({@code Page<T>} of the kernel, which carries no OpenAPI annotation) always has its
 * {@code items}; only {@code nextCursor} is absent, on the last page.
 * </ul>
 */
public class ContractFilter implements OASFilter {

    static final String MONEY_ON_THE_WIRE = "MoneyOnTheWire";
    /** Where a token sent along is not checked (AuthenticationBeforeInput): clients sign in with an expired one attached. */
    private static final String SIGN_IN_OPERATIONS = "/api/v1/auth/";
    private static final Set<PathItem.HttpMethod> WRITES = EnumSet.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null && components.getSchemas().containsKey(MONEY_ON_THE_WIRE)) {
            Schema money = components.getSchemas().get(MONEY_ON_THE_WIRE);
            components.removeSchema(MONEY_ON_THE_WIRE);
            components.removeSchema("Money");
            components.addSchema("Money", money);
        }
        if (components != null && components.getSchemas() != null) {
            components.getSchemas().values().stream().filter(ContractFilter::isKernelPage)
                    .forEach(page -> page.setRequired(List.of("items")));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
                if (!path.startsWith(SIGN_IN_OPERATIONS) && operation.getResponses() != null) {
                    declare(operation.getResponses(), "401", "Unauthorized");
                }
            }
            declareContainerAnswers(method, operation);
        }));
    }

    /** {@code Page<BookingResponse>} becomes {@code PageBookingResponse}: the record's two properties, nothing required. */
    private static boolean isKernelPage(Schema schema) {
        return schema.getProperties() != null && schema.getProperties().keySet().equals(Set.of("items", "nextCursor"))
                && schema.getRequired() == null;
    }

    private static void declareContainerAnswers(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        declare(responses, "400", "BadRequest");
        boolean answersWithABody = responses.getAPIResponses().entrySet().stream()
                .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null);
        if (answersWithABody) {
            declare(responses, "406", "NotAcceptable");
        }
        if (operation.getRequestBody() != null) {
            declare(responses, "413", "PayloadTooLarge");
            declare(responses, "415", "UnsupportedMediaType");
        }
        if (WRITES.contains(method)) {
            declare(responses, "412", "PreconditionFailed");
        }
    }

    private static void declare(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
