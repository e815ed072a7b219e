package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The ids of every published listing in the benchmark database, to read them at random. */
final class PublishedListings {

    private final List<String> ids;

    private PublishedListings(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    static PublishedListings load(String database) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = Database.connect(database); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT id FROM listings.listings WHERE status = 'PUBLISHED'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(database + " has no published listings: run GenerateListings first");
        }
        return new PublishedListings(ids);
    }

    String random() {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    int size() {
        return ids.size();
    }
}
