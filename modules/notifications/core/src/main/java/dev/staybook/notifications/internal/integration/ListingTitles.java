package dev.staybook.notifications.internal.integration;

import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Listings are named in mails by their title, as listings publishes it. */
@ApplicationScoped
class ListingTitles {

    @Inject
    ListingCatalog catalog;

    String title(ListingId id) {
        return catalog.find(id).map(BookableListing::title).orElse("your stay");
    }
}
