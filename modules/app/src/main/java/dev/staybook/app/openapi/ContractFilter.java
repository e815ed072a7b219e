package dev.staybook.app.openapi;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the served OpenAPI document where annotations cannot.
 * <ul>
 * <li>An operation without a security requirement is public, and the document says so ({@code security: []})
 * instead of leaving clients to guess: every resource method that needs a token declares
 * {@code @SecurityRequirement(name = "bearer")}, so the public ones are exactly those without.
 * <li>Money goes over the wire as {@code {"amount": "120.00", "currency": "EUR"}} (MoneyJson), not as the fields
 * the scanner finds on the {@code Money} record; the static fragment (META-INF/openapi.yaml) describes that form
 * as {@value #MONEY_ON_THE_WIRE}, which becomes the {@code Money} every response refers to. (Mapping the class
 * with {@code mp.openapi.schema.*} fails on Liberty: the setting is read twice and the scan stops.)
 * </ul>
 */
public class ContractFilter implements OASFilter {

    static final String MONEY_ON_THE_WIRE = "MoneyOnTheWire";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null && components.getSchemas().containsKey(MONEY_ON_THE_WIRE)) {
            Schema money = components.getSchemas().get(MONEY_ON_THE_WIRE);
            components.removeSchema(MONEY_ON_THE_WIRE);
            components.removeSchema("Money");
            components.addSchema("Money", money);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>());
                }
            }
        }
    }
}
