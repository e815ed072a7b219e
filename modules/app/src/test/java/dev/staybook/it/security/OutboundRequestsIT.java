package dev.staybook.it.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * No request makes the server fetch an address a client gave (OWASP API7): photo and avatar URLs are stored and
 * handed to clients, never opened by the server. (Calendar subscriptions are the one exception, fetched only from public
 * addresses: CalendarSubscriptionsIT.) Pointed at a listener of the test's own, the whole life of a listing
 * and a profile (create, publish, read, search, the calendar feed, GraphQL) connects to it not once.
 */
@SystemTest
class OutboundRequestsIT {

    @Test
    void photoAndAvatarAddressesAreNeverFetched() throws IOException {
        try (ServerSocket internal = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String inside = "http://127.0.0.1:" + internal.getLocalPort();
            TestUser host = TestUser.register("Outbound Host").asHost();
            Api.as(host.accessToken()).contentType("application/merge-patch+json").body(Json.of("avatarUrl", inside + "/avatar.png"))
                    .patch("/users/me").then().statusCode(200);
            String city = ListingFixtures.uniqueCity("Outbound");
            String listing = ListingFixtures.published(host, ListingFixtures.listing(city, 48.85, 2.35).add("photos",
                    jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                            .add("url", inside + "/latest/meta-data/").add("caption", "x"))));
            Api.anonymous().get("/listings/" + listing).then().statusCode(200);
            Api.anonymous().queryParam("city", city).get("/listings").then().statusCode(200);
            Api.anonymous().get("/users/" + host.id()).then().statusCode(200);
            String feedToken = Api.as(host.accessToken()).get("/listings/" + listing + "/calendar/feed").then().extract().path("token");
            Api.anonymous().queryParam("token", feedToken).get("/listings/" + listing + "/calendar.ics").then().statusCode(200);
            GraphQL.data(null, "query L($id: ID!) { listing(id: $id) { id host { id } } }",
                    jakarta.json.Json.createObjectBuilder().add("id", listing));

            internal.setSoTimeout(1000);
            assertThrows(SocketTimeoutException.class, internal::accept, "the server connected to " + inside);
        }
    }
}
