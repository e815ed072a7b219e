package dev.staybook.listings.internal.application;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.listings.internal.domain.Amenity;
import dev.staybook.listings.internal.domain.AmenityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The managed list of amenities listings may claim. */
@ApplicationScoped
@Transactional
public class AmenityCatalogue {

    @Inject
    AmenityRepository amenities;

    public List<Amenity> list(String category) {
        return amenities.all(category);
    }

    public Amenity add(String code, String name, String category) {
        Amenity amenity = new Amenity(code, name, category);
        amenities.add(amenity);
        return amenity;
    }

    /** Fails with 400 on the given field, naming every code the catalogue does not have. */
    public void requireKnown(Set<String> codes, String field) {
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(amenities.known(codes));
        if (!unknown.isEmpty()) {
            throw InvalidInput.field(field, "unknown amenity codes: " + String.join(", ", unknown) + " (see GET /amenities)");
        }
    }
}
