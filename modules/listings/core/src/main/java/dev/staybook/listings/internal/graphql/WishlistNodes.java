package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.Caller;
import dev.staybook.listings.internal.application.Wishlists;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistEntry;
import dev.staybook.listings.internal.web.WishlistCursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Wishlists as GraphQL nodes with their listings and the listings' hosts. However many lists and items a page
 * has, their entries come in one statement and the hosts in one call: Liberty's SmallRye GraphQL 1.0 fails
 * batched {@code @Source} fields, so what the page refers to is fetched with it.
 */
@ApplicationScoped
class WishlistNodes {

    @Inject
    Wishlists wishlists;
    @Inject
    People people;

    List<WishlistNode> page(Caller caller, List<Wishlist> lists, int itemsPerList) {
        Map<UUID, List<WishlistEntry>> entries = wishlists.firstEntries(caller, lists.stream().map(Wishlist::id).toList(), itemsPerList);
        Map<String, Person> hosts = hosts(entries.values().stream().flatMap(List::stream).toList());
        return lists.stream().map(list -> {
            List<WishlistEntry> first = entries.getOrDefault(list.id(), List.of());
            return new WishlistNode(list, items(first, hosts), nextItemsCursor(list, first));
        }).toList();
    }

    /** Where the wishlist query goes on from a list's first items, when it holds more than they are. */
    private static String nextItemsCursor(Wishlist list, List<WishlistEntry> first) {
        if (first.isEmpty() || first.size() >= list.itemCount()) {
            return null;
        }
        WishlistEntry last = first.get(first.size() - 1);
        return WishlistCursors.entry(last.addedAt(), last.listing().id());
    }

    WishlistNode one(Wishlist list, List<WishlistEntry> entries, String nextItemsCursor) {
        return new WishlistNode(list, items(entries, hosts(entries)), nextItemsCursor);
    }

    private Map<String, Person> hosts(Collection<WishlistEntry> entries) {
        return people.byId(entries.stream().map(entry -> entry.listing().hostId().toString()).toList());
    }

    private static List<WishlistItem> items(List<WishlistEntry> entries, Map<String, Person> hosts) {
        return entries.stream().map(entry -> WishlistItem.of(entry, hosts.get(entry.listing().hostId().toString()))).toList();
    }
}
