package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A place a host offers for stays.
 *
 * <p>Lifecycle: created DRAFT (or published at once); DRAFT or UNPUBLISHED → PUBLISHED; PUBLISHED →
 * UNPUBLISHED; any state → ARCHIVED, which is final. Invariants: the details are always valid as a
 * whole ({@link ListingDetails}); a PUBLISHED listing is complete (a description and at least one
 * photo), also after every revision; an ARCHIVED listing never changes again; {@code publishedAt} is
 * the first publication and survives unpublishing; the rating is null until reviews feed it. Uploaded
 * photos join the photos only by {@link #addUpload}, never through revised details ({@link ListingPhotos}).
 * Everyone sees PUBLISHED listings; other states only their host and administrators.
 */
@Entity
@Table(name = "listings")
public class Listing {

    @Id
    private UUID id;
    private UUID hostId;
    @Enumerated(EnumType.STRING)
    private ListingStatus status;
    @Embedded
    private ListingColumns columns;
    @ElementCollection
    @CollectionTable(name = "listing_photos", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    private List<ListingPhoto> photos = new ArrayList<>();
    private BigDecimal ratingAverage;
    private int ratingCount;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    @Version
    private long version;

    protected Listing() {
        // for JPA
    }

    private Listing(UUID id, UserId host, ListingDetails details, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.hostId = host.value();
        this.status = ListingStatus.DRAFT;
        this.createdAt = now;
        new ListingPhotos(List.of()).requireNoNewUploadsIn(details.photos());
        apply(details, now);
    }

    public static Listing draft(UUID id, UserId host, ListingDetails details, Instant now) {
        return new Listing(id, host, details, now);
    }

    /** Replaces the details; a published listing must stay complete, an archived one cannot change. */
    public void revise(ListingDetails details, Instant now) {
        requireNotArchived();
        photos().requireNoNewUploadsIn(details.photos());
        if (status == ListingStatus.PUBLISHED) {
            requireComplete(details);
        }
        apply(details, now);
    }

    /** Adds an uploaded photo after the others. */
    public void addUpload(Photo upload, Instant now) {
        requireNotArchived();
        apply(details().withPhotos(photos().withUpload(upload).photos()), now);
    }

    /** Removes an uploaded photo; a published listing keeps at least one photo. */
    public void removeUpload(StoredPhotoId id, Instant now) {
        requireNotArchived();
        ListingDetails details = details().withPhotos(photos().withoutUpload(id).photos());
        if (status == ListingStatus.PUBLISHED) {
            requireComplete(details);
        }
        apply(details, now);
    }

    /** Puts the photos in the order given ({@link ListingPhotos#reordered}). */
    public void reorderPhotos(List<String> order, Instant now) {
        requireNotArchived();
        apply(details().withPhotos(photos().reordered(order).photos()), now);
    }

    public ListingPhotos photos() {
        return new ListingPhotos(photos.stream().map(ListingPhoto::photo).toList());
    }

    public void publish(Instant now) {
        requireNotArchived();
        if (status == ListingStatus.PUBLISHED) {
            throw new Conflict("already-published", "The listing is already published.");
        }
        requireComplete(details());
        status = ListingStatus.PUBLISHED;
        publishedAt = publishedAt == null ? now : publishedAt;
        updatedAt = now;
    }

    public void unpublish(Instant now) {
        requireNotArchived();
        if (status != ListingStatus.PUBLISHED) {
            throw new Conflict("not-published", "Only a published listing can be unpublished; this one is " + status + ".");
        }
        status = ListingStatus.UNPUBLISHED;
        updatedAt = now;
    }

    /** Archives for good; returns false if it already was archived (archiving twice changes nothing). */
    public boolean archive(Instant now) {
        if (status == ListingStatus.ARCHIVED) {
            return false;
        }
        status = ListingStatus.ARCHIVED;
        updatedAt = now;
        return true;
    }

    /** Takes over the rating summary computed by reviews; no reviews means no average. */
    public void recordRating(BigDecimal average, int count) {
        if (count < 0 || count > 0 && (average == null || average.signum() < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw InvalidInput.field("rating", "must be an average between 0 and 5 over a non-negative count");
        }
        this.ratingCount = count;
        this.ratingAverage = count == 0 ? null : average.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    public boolean isVisibleTo(Optional<Caller> caller) {
        return status == ListingStatus.PUBLISHED || caller.filter(this::isManagedBy).isPresent();
    }

    public boolean isManagedBy(Caller caller) {
        return caller.isAdmin() || caller.is(hostId());
    }

    public ListingId id() {
        return new ListingId(id);
    }

    public UserId hostId() {
        return new UserId(hostId);
    }

    public ListingStatus status() {
        return status;
    }

    public ListingDetails details() {
        return columns.details(photos.stream().map(ListingPhoto::photo).toList());
    }

    public ListingSnapshot snapshot() {
        return new ListingSnapshot(id(), hostId(), status, details(), ratingAverage, ratingCount, createdAt, updatedAt, publishedAt);
    }

    /** The terms other modules book against. */
    public BookableListing bookable() {
        return columns.bookable(id(), hostId(), status);
    }

    private void apply(ListingDetails details, Instant now) {
        this.columns = new ListingColumns(details);
        this.photos.clear();
        details.photos().stream().map(ListingPhoto::new).forEach(photos::add);
        this.updatedAt = now;
    }

    /** Fails with 409 once the listing is archived: nothing about it changes any more, its calendar included. */
    public void requireNotArchived() {
        if (status == ListingStatus.ARCHIVED) {
            throw new Conflict("listing-archived", "The listing is archived and cannot change any more.");
        }
    }

    private static void requireComplete(ListingDetails details) {
        List<String> missing = details.missingForPublication();
        if (!missing.isEmpty()) {
            throw new RuleViolation("listing-incomplete", "A published listing needs " + String.join(" and ", missing) + ".");
        }
    }
}
