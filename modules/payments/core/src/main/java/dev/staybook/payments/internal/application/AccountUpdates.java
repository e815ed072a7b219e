package dev.staybook.payments.internal.application;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.payments.internal.domain.AccountState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Stripe's {@code account.updated} event, as the webhook receiver hands it over (signature verified, first
 * delivery): records whether the host's account may now receive payouts and what it still needs.
 */
@ApplicationScoped
public class AccountUpdates {

    @Inject
    PayoutAccounts accounts;

    /** Applies the event's account; false if it is no host's account. */
    public boolean apply(String provider, JsonObject account) {
        try {
            return accounts.reported(provider, stateOf(account));
        } catch (ClassCastException malformed) {
            throw InvalidInput.field("body", "is not an account event");
        }
    }

    private static AccountState stateOf(JsonObject account) {
        JsonObject requirements = account.getJsonObject("requirements");
        JsonArray due = requirements == null || requirements.isNull("currently_due") ? null : requirements.getJsonArray("currently_due");
        List<String> needed = due == null ? List.of()
                : due.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING).map(v -> ((JsonString) v).getString()).toList();
        return new AccountState(account.getString("id"), account.getBoolean("payouts_enabled", false),
                account.getBoolean("charges_enabled", false), needed);
    }
}
