package dev.staybook.it.listings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wishlists over GraphQL with the rules of /users/me/wishlists: a user's lists exist only for them, only
 * published listings can be added, and a page of lists with all their items and hosts costs the same
 * statements whether it holds one item or many.
 */
@SystemTest
class WishlistGraphQLIT {

    private static final String MINE = """
            query Mine($itemLimit: Int) {
              myWishlists(itemLimit: $itemLimit) {
                items { id name itemCount items { available addedAt listing { id title host { id name } } } nextItemsCursor }
                nextCursor
              }
            }""";
    private static final String ONE = """
            query One($id: ID!, $checkIn: String, $checkOut: String, $limit: Int, $cursor: String) {
              wishlist(id: $id, checkIn: $checkIn, checkOut: $checkOut, limit: $limit, cursor: $cursor) {
                id name itemCount nextItemsCursor items { available listing { id stayTotal { amount } } }
              }
            }""";
    private static final String CREATE = "mutation Create($name: String!) { createWishlist(name: $name) { id name itemCount } }";
    private static final String RENAME = "mutation Rename($id: ID!, $name: String!) { renameWishlist(id: $id, name: $name) { id name } }";
    private static final String DELETE = "mutation Delete($id: ID!) { deleteWishlist(id: $id) }";
    private static final String ADD = "mutation Add($id: ID!, $listing: ID!) { addToWishlist(wishlistId: $id, listingId: $listing) }";
    private static final String REMOVE = "mutation Remove($id: ID!, $listing: ID!) { removeFromWishlist(wishlistId: $id, listingId: $listing) }";

    private static TestUser host;
    private static TestUser stranger;

    @BeforeAll
    static void users() {
        host = TestUser.register("GraphQL Wishlist Host").asHost();
        stranger = TestUser.register("GraphQL Wishlist Stranger");
    }

    @Test
    void aUserCreatesFillsRenamesEmptiesAndDeletesAList() {
        TestUser guest = TestUser.register("GraphQL Wishlist Guest");
        String listing = publishedListing(host);

        JsonPath created = GraphQL.data(guest, CREATE, Json.createObjectBuilder().add("name", "  Lyon in May "));
        String id = created.getString("createWishlist.id");
        assertEquals("Lyon in May", created.getString("createWishlist.name"));
        assertTrue(GraphQL.data(guest, ADD, ids(id, listing)).getBoolean("addToWishlist"));
        assertTrue(GraphQL.data(guest, ADD, ids(id, listing)).getBoolean("addToWishlist"), "adding again changes nothing");

        JsonPath mine = GraphQL.data(guest, MINE, null);
        assertEquals(List.of(id), mine.getList("myWishlists.items.id"));
        assertEquals(1, mine.getInt("myWishlists.items[0].itemCount"));
        assertEquals(listing, mine.getString("myWishlists.items[0].items[0].listing.id"));
        assertEquals(host.id(), mine.getString("myWishlists.items[0].items[0].listing.host.id"));
        assertTrue(mine.getBoolean("myWishlists.items[0].items[0].available"));
        assertEquals(1, Api.as(guest.accessToken()).get("/users/me/wishlists/" + id).then().statusCode(200)
                .extract().jsonPath().getInt("itemCount"), "REST sees the same list");

        assertEquals("Paris", GraphQL.data(guest, RENAME, ids(id, null).add("name", "Paris")).getString("renameWishlist.name"));
        assertTrue(GraphQL.data(guest, REMOVE, ids(id, listing)).getBoolean("removeFromWishlist"));
        assertEquals(0, GraphQL.data(guest, ONE, ids(id, null)).getInt("wishlist.itemCount"));
        assertTrue(GraphQL.data(guest, DELETE, ids(id, null)).getBoolean("deleteWishlist"));
        assertEquals(List.of(), GraphQL.data(guest, MINE, null).getList("myWishlists.items"));
    }

    @Test
    void aListIsPagedAndPricedForAStay() {
        TestUser guest = TestUser.register("GraphQL Wishlist Pager");
        String id = GraphQL.data(guest, CREATE, Json.createObjectBuilder().add("name", "Pages")).getString("createWishlist.id");
        for (int i = 0; i < 3; i++) {
            GraphQL.data(guest, ADD, ids(id, publishedListing(host)));
        }

        JsonPath first = GraphQL.data(guest, ONE, ids(id, null).add("limit", 2)
                .add("checkIn", WishlistsIT.day(30).toString()).add("checkOut", WishlistsIT.day(32).toString()));
        assertEquals(2, first.getList("wishlist.items").size());
        assertEquals("225.00", first.getString("wishlist.items[0].listing.stayTotal.amount"), "two nights and cleaning");
        String cursor = first.getString("wishlist.nextItemsCursor");
        JsonPath mine = GraphQL.data(guest, MINE, Json.createObjectBuilder().add("itemLimit", 2));
        assertEquals(cursor, mine.getString("myWishlists.items[0].nextItemsCursor"), "the list of lists goes on where a list would");
        assertEquals(null, GraphQL.data(guest, MINE, Json.createObjectBuilder().add("itemLimit", 3))
                .getString("myWishlists.items[0].nextItemsCursor"));
        JsonPath second = GraphQL.data(guest, ONE, ids(id, null).add("limit", 2).add("cursor", cursor));
        assertEquals(1, second.getList("wishlist.items").size());
        assertEquals(null, second.getString("wishlist.nextItemsCursor"));
        assertEquals("invalid-input", GraphQL.errorCode(guest, ONE, ids(id, null).add("cursor", "tampered"), "wishlist"));
    }

    @Test
    void anotherUsersListDoesNotExistForThem() {
        TestUser owner = TestUser.register("GraphQL Wishlist Owner");
        String listing = publishedListing(host);
        String id = GraphQL.data(owner, CREATE, Json.createObjectBuilder().add("name", "Private")).getString("createWishlist.id");

        assertEquals("not-found", GraphQL.errorCode(stranger, ONE, ids(id, null), "wishlist"));
        assertEquals("not-found", GraphQL.errorCode(stranger, RENAME, ids(id, null).add("name", "Mine"), "renameWishlist"));
        assertEquals("not-found", GraphQL.errorCode(stranger, ADD, ids(id, listing), "addToWishlist"));
        assertEquals("not-found", GraphQL.errorCode(stranger, REMOVE, ids(id, listing), "removeFromWishlist"));
        assertEquals("not-found", GraphQL.errorCode(stranger, DELETE, ids(id, null), "deleteWishlist"));
        assertEquals("not-found", GraphQL.errorCode(owner, ONE, ids("not-an-id", null), "wishlist"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, MINE, null, "myWishlists"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, CREATE, Json.createObjectBuilder().add("name", "x"), "createWishlist"));
        assertEquals(List.of(), GraphQL.data(stranger, MINE, null).getList("myWishlists.items"));
        assertEquals("Private", GraphQL.data(owner, ONE, ids(id, null)).getString("wishlist.name"), "nothing changed");
    }

    @Test
    void badNamesAndUnpublishedListingsAreRefused() {
        TestUser guest = TestUser.register("GraphQL Wishlist Picky");
        String id = GraphQL.data(guest, CREATE, Json.createObjectBuilder().add("name", "Picky")).getString("createWishlist.id");
        String draft = ListingFixtures.draft(host, ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL wish"), 45.76, 4.83));

        assertEquals("invalid-input", GraphQL.errorCode(guest, CREATE, Json.createObjectBuilder().add("name", "x".repeat(51)), "createWishlist"));
        assertEquals("invalid-input", GraphQL.errorCode(guest, RENAME, ids(id, null).add("name", "   "), "renameWishlist"));
        assertEquals("not-found", GraphQL.errorCode(guest, ADD, ids(id, draft), "addToWishlist"), "another host's draft");
        assertEquals("invalid-input", GraphQL.errorCode(guest, MINE, Json.createObjectBuilder().add("itemLimit", 0), "myWishlists"));
    }

    @Test
    void listsItemsAndHostsOfAPageAreFetchedInOneBatchEach() {
        TestUser collector = TestUser.register("GraphQL Wishlist Collector");
        String first = GraphQL.data(collector, CREATE, Json.createObjectBuilder().add("name", "One")).getString("createWishlist.id");
        GraphQL.data(collector, ADD, ids(first, publishedListing(host)));
        Response one = GraphQL.post(collector, MINE, null);

        for (int list = 0; list < 3; list++) {
            String id = GraphQL.data(collector, CREATE, Json.createObjectBuilder().add("name", "List " + list)).getString("createWishlist.id");
            for (int item = 0; item < 4; item++) {
                GraphQL.data(collector, ADD, ids(id, publishedListing(TestUser.register("GraphQL Wishlist Host " + item).asHost())));
            }
        }
        Response many = GraphQL.post(collector, MINE, null);

        assertEquals(4, many.jsonPath().getList("data.myWishlists.items").size());
        assertEquals(13, many.jsonPath().getList("data.myWishlists.items.items.listing.host.name").stream()
                .mapToInt(names -> ((List<?>) names).size()).sum(), "every item with its host");
        assertThat(GraphQL.statementCount(one), greaterThan(0));
        assertEquals(GraphQL.statementCount(one), GraphQL.statementCount(many),
                "four lists of 13 items from 5 hosts cost the same statements as one list of one item");
    }

    private static String publishedListing(TestUser owner) {
        return ListingFixtures.published(owner, ListingFixtures.listing(ListingFixtures.uniqueCity("GraphQL wish"), 45.76, 4.83));
    }

    private static JsonObjectBuilder ids(String wishlist, String listing) {
        JsonObjectBuilder variables = Json.createObjectBuilder().add("id", wishlist);
        return listing == null ? variables : variables.add("listing", listing);
    }
}
