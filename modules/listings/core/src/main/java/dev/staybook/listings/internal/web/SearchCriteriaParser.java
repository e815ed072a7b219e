package dev.staybook.listings.internal.web;

import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.AcceptedCurrencies;
import dev.staybook.kernel.input.DateInput;
import dev.staybook.kernel.input.DecimalInput;
import dev.staybook.kernel.input.FreeText;
import dev.staybook.kernel.input.MoneyInput;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.InputErrors;
import dev.staybook.listings.internal.domain.PropertyType;
import dev.staybook.listings.internal.domain.RoomType;
import dev.staybook.listings.internal.domain.SearchArea;
import dev.staybook.listings.internal.domain.SearchCriteria;
import dev.staybook.listings.internal.domain.SearchPosition;
import dev.staybook.listings.internal.domain.SearchSort;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks the search parameters and turns them into {@link SearchCriteria}; every bad parameter is named in one 400. */
public final class SearchCriteriaParser {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_NIGHTS = 365;
    private static final BigDecimal DEFAULT_RADIUS = BigDecimal.TEN;
    private static final BigDecimal MAX_RADIUS = BigDecimal.valueOf(100);
    /** The offset whose date is the earliest today on Earth. */
    private static final ZoneOffset EARLIEST_OFFSET = ZoneOffset.ofHours(-12);
    /** What {@link Integer#parseInt} reads as digits, of any length. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\p{Nd}+");

    private final SearchRequest request;
    private final Clock clock;
    private final InputErrors errors = new InputErrors();

    private SearchCriteriaParser(SearchRequest request, Clock clock) {
        this.request = request;
        this.clock = clock;
    }

    /** The criteria of the request; dates are checked against today as the clock tells it. */
    public static SearchCriteria parse(SearchRequest request, Clock clock) {
        return new SearchCriteriaParser(request, clock).criteria();
    }

    private SearchCriteria criteria() {
        SearchArea area = area();
        DateRange stay = stay();
        Integer guests = integer("guests", request.guests, 1, 50);
        BigDecimal minPrice = price("minPrice", request.minPrice);
        BigDecimal maxPrice = price("maxPrice", request.maxPrice);
        errors.check(minPrice == null || maxPrice == null || minPrice.compareTo(maxPrice) <= 0, "maxPrice", "must not be below minPrice");
        Currency currency = currency();
        PropertyType propertyType = choice("propertyType", request.propertyType, PropertyType.class);
        RoomType roomType = choice("roomType", request.roomType, RoomType.class);
        Set<String> amenities = amenities();
        String text = text();
        SearchSort sort = sort(area);
        Integer limit = integer("limit", request.limit, 1, MAX_LIMIT);
        SearchPosition after = errors.isEmpty() && present(request.cursor) ? position(sort) : null;
        errors.throwIfAny("The search has invalid parameters.");
        return new SearchCriteria(area, stay, guests, minPrice, maxPrice, currency, propertyType, roomType, amenities, text, sort,
                limit == null ? DEFAULT_LIMIT : limit, after);
    }

    private SearchArea area() {
        List<String> given = Stream.of(present(request.city) ? "city" : null, present(request.bbox) ? "bbox" : null,
                present(request.near) ? "near" : null).filter(java.util.Objects::nonNull).toList();
        given.stream().skip(1).forEach(name -> errors.add(name, "use only one of city, bbox and near"));
        errors.check(!present(request.radiusKm) || present(request.near), "radiusKm", "goes only with near");
        if (given.size() != 1) {
            return null;
        }
        return switch (given.get(0)) {
            case "city" -> city();
            case "bbox" -> box();
            default -> circle();
        };
    }

    private SearchArea city() {
        String city = request.city.strip();
        errors.check(city.length() <= 100, "city", "must be at most 100 characters");
        errors.check(FreeText.isSingleLine(city), "city", FreeText.singleLineMessage());
        return new SearchArea.City(city);
    }

    private SearchArea box() {
        double[] edges = decimals("bbox", request.bbox, 4, "minLng,minLat,maxLng,maxLat");
        if (edges == null) {
            return null;
        }
        boolean inRange = Math.abs(edges[0]) <= 180 && Math.abs(edges[2]) <= 180 && Math.abs(edges[1]) <= 90 && Math.abs(edges[3]) <= 90;
        errors.check(inRange, "bbox", "longitudes must be within -180..180 and latitudes within -90..90");
        errors.check(edges[0] < edges[2] && edges[1] < edges[3], "bbox", "minimum corner must be below and left of the maximum corner");
        return new SearchArea.Box(edges[0], edges[1], edges[2], edges[3]);
    }

    private SearchArea circle() {
        double[] point = decimals("near", request.near, 2, "lat,lng");
        // as many integer digits as the text can hold: 100000 is read and out of range, 1e1000000 is not read at all
        BigDecimal radius = present(request.radiusKm)
                ? read("radiusKm", request.radiusKm, text -> DecimalInput.parse(text, DecimalInput.MAX_TEXT, 3).orElseThrow(), "a number of kilometres")
                : DEFAULT_RADIUS;
        errors.check(radius == null || radius.signum() > 0 && radius.compareTo(MAX_RADIUS) <= 0, "radiusKm", "must be more than 0 and at most 100");
        if (point == null || radius == null) {
            return null;
        }
        GeoPoint center = errors.nested("near", () -> new GeoPoint(point[0], point[1]));
        return center == null ? null : new SearchArea.Circle(center, radius);
    }

    private DateRange stay() {
        if (present(request.checkIn) != present(request.checkOut)) {
            errors.add(present(request.checkIn) ? "checkOut" : "checkIn", "checkIn and checkOut go together");
            return null;
        }
        LocalDate checkIn = read("checkIn", request.checkIn, DateInput::parse, "a date such as 2027-03-01");
        LocalDate checkOut = read("checkOut", request.checkOut, DateInput::parse, "a date such as 2027-03-01");
        // stays are dates at each listing: a check-in is past only once its day has ended everywhere, last in UTC-12
        errors.check(checkIn == null || !checkIn.isBefore(LocalDate.ofInstant(clock.instant(), EARLIEST_OFFSET)), "checkIn",
                "must not be in the past");
        if (checkIn == null || checkOut == null) {
            return null;
        }
        if (!checkOut.isAfter(checkIn)) {
            errors.add("checkOut", "must be after checkIn");
            return null;
        }
        DateRange stay = new DateRange(checkIn, checkOut);
        errors.check(stay.nights() <= MAX_NIGHTS, "checkOut", "a stay is at most " + MAX_NIGHTS + " nights");
        // today somewhere on Earth is at most a day after today in UTC
        LocalDate latestCheckOut = BookingHorizon.latestCheckOut(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1));
        errors.check(!checkOut.isAfter(latestCheckOut), "checkOut", "must be at most " + BookingHorizon.DAYS
                + " days ahead: stays further away cannot be booked yet");
        return stay;
    }

    private BigDecimal price(String name, String text) {
        BigDecimal price = read(name, text, amount -> MoneyInput.amount(amount).orElseThrow(), MoneyInput.AMOUNT_RULE);
        errors.check(price == null || price.signum() >= 0, name, "must not be negative");
        return price;
    }

    private Currency currency() {
        if (!present(request.currency)) {
            return Currency.getInstance("EUR");
        }
        // the parameter is documented in any letter case (^[A-Za-z]{3}$), unlike a body's Money.currency
        return read("currency", request.currency, code -> AcceptedCurrencies.find(code).orElseThrow(), AcceptedCurrencies.describe());
    }

    private Set<String> amenities() {
        if (!present(request.amenities)) {
            return Set.of();
        }
        Set<String> codes = new TreeSet<>(Arrays.stream(request.amenities.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        errors.check(codes.size() <= 30 && codes.stream().allMatch(c -> c.matches("[a-z][a-z0-9_]{1,39}")), "amenities",
                "must be up to 30 amenity codes separated by commas, such as wifi,pool");
        return codes;
    }

    private String text() {
        if (!present(request.q)) {
            return null;
        }
        errors.check(request.q.length() <= 200, "q", "must be at most 200 characters");
        errors.check(FreeText.isSingleLine(request.q), "q", FreeText.singleLineMessage());
        return request.q.strip();
    }

    private SearchSort sort(SearchArea area) {
        SearchSort fallback = area instanceof SearchArea.Circle || present(request.near) ? SearchSort.DISTANCE : SearchSort.NEWEST;
        SearchSort sort = present(request.sort) ? choice("sort", request.sort, SearchSort.class) : fallback;
        errors.check(sort != SearchSort.DISTANCE || present(request.near), "sort", "distance needs near");
        return sort == null ? fallback : sort;
    }

    private SearchPosition position(SearchSort sort) {
        List<String> parts = Cursor.decode(request.cursor, 3);
        try {
            if (!parts.get(0).equals(sort.name())) {
                throw new IllegalArgumentException("cursor of another sort");
            }
            String key = parts.get(1);
            Object checked = sort == SearchSort.NEWEST ? Cursor.instant(key) : DecimalInput.parse(key, Money.MAX_INTEGER_DIGITS, 4).orElseThrow();
            return new SearchPosition(sort, checked.toString(), UUID.fromString(parts.get(2)));
        } catch (RuntimeException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this search returned");
        }
    }

    public static String cursor(SearchSort sort, String key, UUID id) {
        return Cursor.encode(sort.name(), key, id.toString());
    }

    private <E extends Enum<E>> E choice(String name, String text, Class<E> type) {
        return read(name, text, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)),
                "one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }

    private Integer integer(String name, String text, int min, int max) {
        Integer value = read(name, text, SearchCriteriaParser::wholeNumber, "a whole number");
        if (value != null && (value < min || value > max)) {
            errors.add(name, "must be between %d and %d".formatted(min, max));
            return null;
        }
        return value;
    }

    /** The whole number the text writes; one beyond int reads as int's nearest end, which no range here reaches. */
    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException tooLongOrNotANumber) {
            if (WHOLE_NUMBER.matcher(text).matches()) {
                return text.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            throw tooLongOrNotANumber;
        }
    }

    /** Parses an optional parameter; reports it when it cannot be read. */
    private <T> T read(String name, String text, Function<String, T> parse, String expected) {
        if (!present(text)) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException unreadable) {
            errors.add(name, "must be " + expected);
            return null;
        }
    }

    private double[] decimals(String name, String text, int count, String shape) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length != count || Arrays.stream(parts).anyMatch(part -> part.length() > DecimalInput.MAX_TEXT)) {
                throw new NumberFormatException();
            }
            double[] values = Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
            if (Arrays.stream(values).allMatch(Double::isFinite)) {
                return values;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "must be " + shape + " in decimal degrees");
        return null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
