package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.listings.internal.application.CalendarService;
import dev.staybook.listings.internal.application.ListingService;
import dev.staybook.listings.internal.application.ShownListing;
import dev.staybook.listings.internal.web.CalendarChangesReader;
import dev.staybook.listings.internal.web.ListingIds;
import dev.staybook.listings.internal.web.ListingMergePatch;
import dev.staybook.listings.internal.web.ListingTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What a host does to their listings over GraphQL. Each mutation turns its input into the JSON body of the
 * REST call it mirrors and runs the same reader and service, so both APIs accept, refuse and authorize alike.
 */
@GraphQLApi
@ApplicationScoped
public class HostListingGraphQL {

    // nulls are left out: a field the client does not set is absent from the merge patch, so it stays as it is

    @Inject
    ListingService listings;
    @Inject
    CalendarService calendars;
    @Inject
    CurrentUser currentUser;

    @Mutation("updateListing")
    @Description("Change a listing (its host): the fields given are merged into it as PATCH /listings/{id} does; "
            + "fields left out stay. 'publish' is not part of a change (use publishListing). With ifMatch (the listing's "
            + "etag as read), the change is made only if the listing is still as read: otherwise the error "
            + "'precondition-failed' (REST's 412 listing-changed) and nothing changes")
    public ListingNode updateListing(@Name("id") @Id @NonNull String id, @Name("listing") @NonNull ListingInput change,
                                     @Name("ifMatch") String ifMatch) {
        Caller caller = currentUser.require();
        Predicate<ShownListing> readAsIs = ifMatch == null ? asRead -> true : ListingTags.stillAsRead(ifMatch);
        return ListingNode.of(listings.revise(ListingIds.parse(id), caller, ListingMergePatch.from(change.json()), readAsIs));
    }

    @Mutation("publishListing")
    @Description("Publish a DRAFT or UNPUBLISHED listing (its host); it needs a description and a photo")
    public ListingNode publishListing(@Name("id") @Id @NonNull String id) {
        return ListingNode.of(listings.publish(ListingIds.parse(id), currentUser.require()));
    }

    @Mutation("unpublishListing")
    @Description("Take a PUBLISHED listing out of search (its host)")
    public ListingNode unpublishListing(@Name("id") @Id @NonNull String id) {
        return ListingNode.of(listings.unpublish(ListingIds.parse(id), currentUser.require()));
    }

    @Mutation("updateCalendar")
    @Description("Block, unblock and reprice nights as PUT /listings/{id}/calendar: up to 50 changes, all or none. "
            + "Returns the nights the changes span")
    public List<CalendarNight> updateCalendar(@Name("id") @Id @NonNull String id,
                                              @Name("changes") @NonNull List<@NonNull CalendarChangeInput> changes) {
        Caller caller = currentUser.require();
        JsonObject body = Json.createObjectBuilder()
                .add("changes", Json.createArrayBuilder(changes.stream().map(CalendarChangeInput::json).toList())).build();
        return calendars.change(ListingIds.parse(id), caller, CalendarChangesReader.read(body)).days().stream()
                .map(CalendarNight::of).toList();
    }
}
