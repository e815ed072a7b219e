package dev.staybook.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The kinds of search a visitor makes, each with realistic random parameters; weights follow a guess at real traffic. */
enum QueryShape {

    CITY_DATES_PRICE(30) {
        @Override
        String query(Random random, City city) {
            LocalDate checkIn = LocalDate.now().plusDays(7 + random.nextInt(120));
            return "city=" + encode(city.name()) + "&checkIn=" + checkIn + "&checkOut=" + checkIn.plusDays(2 + random.nextInt(6))
                    + "&guests=" + (1 + random.nextInt(4)) + "&sort=price&currency=" + city.currency();
        }
    },
    BBOX(15) {
        @Override
        String query(Random random, City city) {
            double half = 0.01 + random.nextDouble() * 0.04;
            double lat = city.latitude() + (random.nextDouble() - 0.5) * 0.05;
            double lng = city.longitude() + (random.nextDouble() - 0.5) * 0.05;
            return "bbox=%.5f,%.5f,%.5f,%.5f".formatted(lng - half, lat - half, lng + half, lat + half);
        }
    },
    NEAR_RADIUS(15) {
        @Override
        String query(Random random, City city) {
            double lat = city.latitude() + (random.nextDouble() - 0.5) * 0.05;
            double lng = city.longitude() + (random.nextDouble() - 0.5) * 0.05;
            return "near=%.5f,%.5f&radiusKm=%d".formatted(lat, lng, 2 + random.nextInt(9));
        }
    },
    AMENITIES(15) {
        @Override
        String query(Random random, City city) {
            List<String> pairs = List.of("pool,hot_tub", "wifi,dedicated_workspace", "ev_charger,free_parking", "crib,high_chair",
                    "fireplace,ski_in_out", "beach_access,balcony", "gym,elevator", "washer,dryer,kitchen");
            return "amenities=" + encode(pairs.get(random.nextInt(pairs.size())));
        }
    },
    FREE_TEXT(10) {
        @Override
        String query(Random random, City city) {
            List<String> phrases = List.of("sea view", "garden", "rooftop terrace", "fireplace", "quiet loft", "cabin mountain",
                    "old town", "beach", "historic villa", "balcony metro");
            return "q=" + encode(phrases.get(random.nextInt(phrases.size())));
        }
    },
    NEWEST(15) {
        @Override
        String query(Random random, City city) {
            return random.nextBoolean() ? "" : "city=" + encode(city.name());
        }
    };

    final int weight;

    QueryShape(int weight) {
        this.weight = weight;
    }

    abstract String query(Random random, City city);

    static QueryShape pick(Random random) {
        int total = 0;
        for (QueryShape shape : values()) {
            total += shape.weight;
        }
        int draw = random.nextInt(total);
        for (QueryShape shape : values()) {
            draw -= shape.weight;
            if (draw < 0) {
                return shape;
            }
        }
        return NEWEST;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
