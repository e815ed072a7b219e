package dev.staybook.listings.internal.domain;

import java.util.List;
import java.util.Set;

/** The amenity catalogue. */
public interface AmenityRepository {

    /** Every amenity, or those of one category, ordered by category and code. */
    List<Amenity> all(String category);

    /** Of the given codes, those that are in the catalogue. */
    Set<String> known(Set<String> codes);

    /** Adds a new amenity; fails with 409 if the code exists. */
    void add(Amenity amenity);
}
