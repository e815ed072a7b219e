package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills the listings schema of a migrated Staybook database with production-shaped published listings, set-based
 * (generate_series, one statement per table): cities weighted towards the first of {@link City#ALL}, prices around
 * each city's typical price in its currency (several currencies), amenities, photos, host blocks, weekend prices,
 * booked stays over the next twelve months ({@code --stays-per-listing}, default 6), years of past stays
 * ({@code --past-years}, default 2: a stay every 4 days for the popular tenth, every 30 days for the others), a busy
 * season booked densely ahead for the popular tenth, and per-night dynamic prices for the next two years for a share
 * of the hosts ({@code --dynamic-share}, default 0.05). Generated listings belong to hosts whose ids start with
 * {@code b0000000-}, written as identity accounts too (listing reads show their host's name); {@code --reset}
 * deletes the hosts and their listings (and everything hanging off them) first.
 *
 * <p>{@code --database staybook_bench --listings 100000 [--stays-per-listing 6] [--past-years 2] [--dynamic-share 0.05] [--reset]}
 */
public final class GenerateListings {

    static final String HOST_PREFIX = "b0000000-0000-4000-8000-";
    private static final int YEAR_OF_STAYS = 360;
    /** Each stay gets a window of its own at least 8 days long: up to 7 nights and a gap. */
    private static final int MAX_STAYS_PER_LISTING = YEAR_OF_STAYS / 8;

    private GenerateListings() {
    }

    public static void main(String[] args) throws SQLException {
        Arguments arguments = new Arguments(args);
        String database = arguments.text("database", "staybook_bench");
        int count = arguments.number("listings", 100_000);
        int staysPerListing = arguments.number("stays-per-listing", 6);
        if (staysPerListing < 1 || staysPerListing > MAX_STAYS_PER_LISTING) {
            throw new IllegalArgumentException("--stays-per-listing must be between 1 and " + MAX_STAYS_PER_LISTING);
        }
        int window = YEAR_OF_STAYS / staysPerListing;
        int pastYears = arguments.number("past-years", 2);
        double dynamicShare = Double.parseDouble(arguments.text("dynamic-share", "0.05"));
        try (Connection connection = Database.connect(database)) {
            connection.setAutoCommit(false);
            if (arguments.flag("reset")) {
                step(connection, "reset", "DELETE FROM listings.listings WHERE host_id::text LIKE '" + HOST_PREFIX + "%'");
                step(connection, "reset hosts", "DELETE FROM identity.users WHERE id::text LIKE '" + HOST_PREFIX + "%'");
            }
            cities(connection);
            // bulk load without the per-statement triggers; the night summaries are computed once at the end
            step(connection, "triggers off", "SET session_replication_role = replica");
            step(connection, "listings", GeneratorSql.LISTINGS.formatted(HOST_PREFIX), count);
            step(connection, "photos", GeneratorSql.PHOTOS);
            step(connection, "host blocks", GeneratorSql.BLOCKS);
            step(connection, "weekend prices", GeneratorSql.WEEKEND_PRICES);
            step(connection, "booked stays", GeneratorSql.BOOKED_STAYS, window, window, staysPerListing);
            step(connection, "busy season", GeneratorSql.BUSY_SEASON);
            step(connection, "past stays", GeneratorSql.PAST_STAYS, pastYears);
            step(connection, "dynamic prices", GeneratorSql.DYNAMIC_PRICES, dynamicShare);
            step(connection, "triggers on", "SET session_replication_role = origin");
            step(connection, "hosts", GeneratorSql.HOSTS);
            step(connection, "host roles", GeneratorSql.HOST_ROLES);
            query(connection, "night summaries", GeneratorSql.NIGHT_SUMMARIES);
            connection.commit();
            connection.setAutoCommit(true);
            // a freshly loaded table: compact (the summaries rewrote every row) and mark all-visible for index-only scans
            step(connection, "vacuum full", "VACUUM FULL listings.listings");
            step(connection, "vacuum analyze", "VACUUM ANALYZE listings.listings, listings.listing_photos,"
                    + " listings.calendar_days, listings.booked_stays, identity.users, identity.user_roles");
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT count(*) FROM listings.listings WHERE status = 'PUBLISHED'")) {
                rows.next();
                System.out.printf("%s now has %,d published listings%n", database, rows.getLong(1));
            }
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT count(*) FROM listings.booked_stays")) {
                rows.next();
                System.out.printf("%s now has %,d booked stays%n", database, rows.getLong(1));
            }
        }
    }

    private static void cities(Connection connection) throws SQLException {
        List<City> cities = City.ALL;
        try (PreparedStatement statement = connection.prepareStatement(GeneratorSql.CITIES)) {
            statement.setArray(1, connection.createArrayOf("text", cities.stream().map(City::name).toArray()));
            statement.setArray(2, connection.createArrayOf("text", cities.stream().map(City::country).toArray()));
            statement.setArray(3, connection.createArrayOf("float8", cities.stream().map(City::latitude).toArray()));
            statement.setArray(4, connection.createArrayOf("float8", cities.stream().map(City::longitude).toArray()));
            statement.setArray(5, connection.createArrayOf("text", cities.stream().map(City::timeZone).toArray()));
            statement.setArray(6, connection.createArrayOf("text", cities.stream().map(City::currency).toArray()));
            statement.setArray(7, connection.createArrayOf("int4", cities.stream().map(City::typicalPrice).toArray()));
            statement.execute();
        }
    }

    private static void query(Connection connection, String name, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            System.out.printf("%-15s %10s      in %,6d ms%n", name, "", (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void step(Connection connection, String name, String sql, Object... values) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            int rows = statement.executeUpdate();
            System.out.printf("%-15s %,10d rows in %,6d ms%n", name, rows, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
