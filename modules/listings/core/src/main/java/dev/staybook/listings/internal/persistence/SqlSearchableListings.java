package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.Money;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.Photo;
import dev.staybook.listings.internal.domain.PropertyType;
import dev.staybook.listings.internal.domain.RoomType;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchHit;
import dev.staybook.listings.internal.domain.SearchableListings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Runs a {@link SearchQuery}, then fetches the first photo of every hit on the page in one more query. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SqlSearchableListings implements SearchableListings {

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public List<SearchHit> find(SearchCriteria criteria, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<SearchHit> hits = hits(connection, SearchQuery.of(criteria, now), criteria.stay() == null ? 0 : criteria.stay().nights());
            Map<UUID, Photo> photos = firstPhotos(connection, hits.stream().map(SearchHit::id).toList());
            return hits.stream().map(hit -> hit.withPhoto(photos.get(hit.id()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    private static List<SearchHit> hits(Connection connection, SqlStatement query, long nights) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement statement = query.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                hits.add(hit(rows, nights));
            }
        }
        return hits;
    }

    private static SearchHit hit(ResultSet row, long nights) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        BigDecimal stayTotal = row.getBigDecimal("stay_total");
        return new SearchHit(row.getObject("id", UUID.class), row.getObject("host_id", UUID.class), row.getString("title"), row.getString("city"),
                row.getString("country"), PropertyType.valueOf(row.getString("property_type")),
                RoomType.valueOf(row.getString("room_type")), new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                row.getInt("guests"), Money.rounded(row.getBigDecimal("nightly_price"), currency),
                stayTotal == null ? null : Money.rounded(stayTotal, currency), nights, row.getBigDecimal("rating_average"),
                row.getInt("rating_count"), row.getBoolean("instant_book"), row.getBigDecimal("distance_km"),
                row.getObject("published_at", OffsetDateTime.class).toInstant(), null);
    }

    private static Map<UUID, Photo> firstPhotos(Connection connection, List<UUID> ids) throws SQLException {
        Map<UUID, Photo> photos = new HashMap<>();
        if (ids.isEmpty()) {
            return photos;
        }
        SqlStatement query = new SqlStatement("SELECT listing_id, url, caption FROM listings.listing_photos"
                + " WHERE listing_id = ANY(?) AND position = 0", List.of((Object) SearchQuery.ids(ids)));
        try (PreparedStatement statement = query.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                photos.put(rows.getObject(1, UUID.class), new Photo(rows.getString(2), rows.getString(3)));
            }
        }
        return photos;
    }
}
