package dev.staybook.listings.internal.web;

import static dev.staybook.listings.internal.web.Jsonp.JSON;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * A listing as GET /listings/{id} shows it: the details in the shape POST accepts, plus what the
 * platform keeps (id, status, host, rating, dates).
 */
final class ListingResponse {

    private ListingResponse() {
    }

    /** The listing as given: its details exact for its host, as guests see them for anyone else (ListingService decides). */
    static JsonObject of(ListingSnapshot listing, Optional<PublicProfile> host) {
        JsonObjectBuilder hostJson = JSON.createObjectBuilder().add("id", listing.hostId().toString());
        host.ifPresent(profile -> hostJson.add("name", profile.name()));
        JsonObjectBuilder rating = JSON.createObjectBuilder().add("count", listing.ratingCount());
        if (listing.ratingAverage() == null) {
            rating.add("average", JsonValue.NULL);
        } else {
            rating.add("average", listing.ratingAverage());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", listing.id().toString())
                .add("status", listing.status().name())
                .addAll(ListingJsonWriter.write(listing.details()))
                .add("host", hostJson)
                .add("rating", rating)
                .add("createdAt", listing.createdAt().toString())
                .add("updatedAt", listing.updatedAt().toString());
        instant(json, "publishedAt", listing.publishedAt());
        return json.build();
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value.toString());
        }
    }
}
