package dev.staybook.listings.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.Photo;
import dev.staybook.listings.internal.domain.PropertyType;
import dev.staybook.listings.internal.domain.RoomType;
import dev.staybook.listings.internal.domain.SearchHit;
import dev.staybook.listings.internal.domain.Wishlist;
import dev.staybook.listings.internal.domain.WishlistEntry;
import dev.staybook.listings.internal.domain.WishlistName;
import dev.staybook.listings.internal.domain.WishlistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Wishlists in SQL, run as Hibernate native queries (not on a raw connection) so that the system tests' statement
 * count sees them; every read of a list names its owner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlWishlistRepository implements WishlistRepository {

    private static final String WISHLIST = "SELECT w.id, w.owner_id, w.name, w.created_at,"
            + " (SELECT count(*) FROM listings.wishlist_items i WHERE i.wishlist_id = w.id) AS items FROM listings.wishlists w";

    @PersistenceContext(unitName = "listings")
    EntityManager em;

    @Override
    public long lockAndCountOwned(UserId owner) {
        nativeQuery(new SqlStatement("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('listings.wishlists:' || ?, 0))",
                List.of(owner.value().toString()))).getResultList();
        return ((Number) nativeQuery(new SqlStatement("SELECT count(*) FROM listings.wishlists WHERE owner_id = ?",
                List.of(owner.value()))).getSingleResult()).longValue();
    }

    @Override
    public void add(Wishlist wishlist) {
        update("INSERT INTO listings.wishlists (id, owner_id, name, created_at) VALUES (?, ?, ?, ?)",
                wishlist.id(), wishlist.owner().value(), wishlist.name().value(), wishlist.createdAt());
    }

    @Override
    public Optional<Wishlist> findOwnedForUpdate(UUID id, UserId owner) {
        // the list row stays locked, so that two additions cannot both pass the item limit
        return rows(new SqlStatement(WISHLIST + " WHERE w.id = ? AND w.owner_id = ? FOR UPDATE OF w", List.of(id, owner.value())))
                .stream().map(SqlWishlistRepository::wishlist).findFirst();
    }

    @Override
    public Optional<Wishlist> findOwned(UUID id, UserId owner) {
        return rows(new SqlStatement(WISHLIST + " WHERE w.id = ? AND w.owner_id = ?", List.of(id, owner.value())))
                .stream().map(SqlWishlistRepository::wishlist).findFirst();
    }

    @Override
    public List<Wishlist> owned(UserId owner, UUID before, int limit) {
        List<Object> values = new ArrayList<>(List.of(owner.value()));
        String keyset = "";
        if (before != null) {
            keyset = " AND w.id < ?";
            values.add(before);
        }
        values.add(limit);
        return rows(new SqlStatement(WISHLIST + " WHERE w.owner_id = ?" + keyset + " ORDER BY w.id DESC LIMIT ?", values))
                .stream().map(SqlWishlistRepository::wishlist).toList();
    }

    @Override
    public void rename(UUID id, WishlistName name) {
        update("UPDATE listings.wishlists SET name = ? WHERE id = ?", name.value(), id);
    }

    @Override
    public void delete(UUID id) {
        update("DELETE FROM listings.wishlists WHERE id = ?", id);
    }

    @Override
    public void addItem(UUID wishlistId, UUID listingId, Instant at) {
        update("INSERT INTO listings.wishlist_items (wishlist_id, listing_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                wishlistId, listingId, at);
    }

    @Override
    public boolean holds(UUID wishlistId, UUID listingId) {
        return !rows(new SqlStatement("SELECT 1 FROM listings.wishlist_items WHERE wishlist_id = ? AND listing_id = ?",
                List.of(wishlistId, listingId))).isEmpty();
    }

    @Override
    public void removeItem(UUID wishlistId, UUID listingId) {
        update("DELETE FROM listings.wishlist_items WHERE wishlist_id = ? AND listing_id = ?", wishlistId, listingId);
    }

    @Override
    public List<WishlistEntry> entries(UUID wishlistId, EntryQuery entryQuery) {
        long nights = entryQuery.stay() == null ? 0 : entryQuery.stay().nights();
        return rows(WishlistEntriesQuery.of(wishlistId, entryQuery)).stream().map(row -> entry(row, nights)).toList();
    }

    @Override
    public Map<UUID, List<WishlistEntry>> firstEntries(UserId owner, List<UUID> wishlistIds, int perList, Instant now) {
        if (wishlistIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<WishlistEntry>> entries = new LinkedHashMap<>();
        for (Object[] row : rows(WishlistEntriesQuery.firstOfEach(owner, wishlistIds, perList, now))) {
            entries.computeIfAbsent((UUID) row[21], id -> new ArrayList<>()).add(entry(row, 0));
        }
        return entries;
    }

    private static Wishlist wishlist(Object[] row) {
        return new Wishlist((UUID) row[0], new UserId((UUID) row[1]), new WishlistName((String) row[2]), ((Number) row[4]).intValue(),
                instant(row[3]));
    }

    /** Reads a row of {@link WishlistEntriesQuery}: the card's columns in their order, then the entry's. */
    private static WishlistEntry entry(Object[] row, long nights) {
        Currency currency = Currency.getInstance(row[11].toString().strip());
        boolean available = (Boolean) row[19];
        BigDecimal stayTotal = available ? (BigDecimal) row[20] : null;
        String photoUrl = (String) row[17];
        SearchHit hit = new SearchHit((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], row[4].toString().strip(),
                PropertyType.valueOf((String) row[5]), RoomType.valueOf((String) row[6]),
                new GeoPoint(((Number) row[7]).doubleValue(), ((Number) row[8]).doubleValue()), ((Number) row[9]).intValue(),
                Money.rounded((BigDecimal) row[10], currency), stayTotal == null ? null : Money.rounded(stayTotal, currency), nights,
                (BigDecimal) row[12], ((Number) row[13]).intValue(), (Boolean) row[14], null, row[15] == null ? null : instant(row[15]),
                photoUrl == null ? null : new Photo(photoUrl, (String) row[18]));
        return new WishlistEntry(hit, available, instant(row[16]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** Runs the statement through Hibernate (so that the statement count of a request sees it), binding ?1, ?2, ... */
    private Query nativeQuery(SqlStatement statement) {
        StringBuilder sql = new StringBuilder();
        int position = 0;
        for (char c : statement.sql().toCharArray()) {
            sql.append(c);
            if (c == '?') {
                // the space ends the label before a cast: Hibernate would read "?1::date" as the label "1::date"
                sql.append(++position).append(' ');
            }
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(SqlStatement statement) {
        return nativeQuery(statement).getResultList();
    }

    private void update(String sql, Object... values) {
        nativeQuery(new SqlStatement(sql, List.of(values))).executeUpdate();
    }
}
