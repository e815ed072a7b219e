package dev.staybook.payments.internal.web;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Starting or resuming payout onboarding: where the gateway's onboarding pages send the host back to when
 * done ({@code returnUrl}) or when the link expired ({@code refreshUrl}, which should PUT again for a fresh
 * link), both absolute http(s) URLs; and the host's country (ISO 3166-1 alpha-2), used when the account is
 * first opened (Stripe asks the host otherwise).
 */
@Schema(requiredProperties = {"returnUrl", "refreshUrl"})
public record PayoutAccountRequest(String country, String returnUrl, String refreshUrl) {

    /** The assigned codes (ZZ and XX are two letters, but no country). */
    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** The request checked; every field at fault is named. */
    public static Checked check(PayoutAccountRequest request) {
        PayoutAccountRequest given = request == null ? new PayoutAccountRequest(null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        URI back = url(given.returnUrl(), "returnUrl", errors);
        URI refresh = url(given.refreshUrl(), "refreshUrl", errors);
        String country = given.country() == null ? null : given.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !ISO_COUNTRIES.contains(country)) {
            errors.add(new FieldError("country", "must be a two-letter ISO 3166-1 country code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        return new Checked(country, back, refresh);
    }

    /** A request whose fields are valid. */
    public record Checked(String country, URI returnUrl, URI refreshUrl) {
    }

    private static URI url(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && value.length() <= 2000) {
                return uri;
            }
        } catch (URISyntaxException invalid) {
            // reported below
        }
        errors.add(new FieldError(field, "must be an absolute http or https URL"));
        return null;
    }
}
