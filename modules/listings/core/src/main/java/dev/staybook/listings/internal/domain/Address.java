package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;
import java.util.Locale;
import java.util.Set;

/** Where the place is, as guests would write it; the country is an ISO 3166-1 alpha-2 code. */
public record Address(String street, String city, String region, String postalCode, String country) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        street = Text.optional(street);
        city = Text.optional(city);
        region = Text.optional(region);
        postalCode = Text.optional(postalCode);
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        new InputErrors()
                .check(street == null || street.length() <= 200, "street", "must be at most 200 characters")
                .check(FreeText.isSingleLine(street), "street", FreeText.singleLineMessage())
                .check(FreeText.isSingleLine(city), "city", FreeText.singleLineMessage())
                .check(FreeText.isSingleLine(region), "region", FreeText.singleLineMessage())
                .check(FreeText.isSingleLine(postalCode), "postalCode", FreeText.singleLineMessage())
                .check(city != null && city.length() <= 100, "city", "is required, at most 100 characters")
                .check(region == null || region.length() <= 100, "region", "must be at most 100 characters")
                .check(postalCode == null || postalCode.length() <= 20, "postalCode", "must be at most 20 characters")
                .check(country != null && COUNTRIES.contains(country), "country", "must be an ISO 3166-1 alpha-2 code such as FR")
                .throwIfAny("The address has invalid fields.");
    }

    /** The city, region and country: the address as a guest sees it before a confirmed stay. */
    public Address withoutStreet() {
        return new Address(null, city, region, null, country);
    }
}
