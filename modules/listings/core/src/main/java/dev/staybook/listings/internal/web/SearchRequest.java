package dev.staybook.listings.internal.web;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /listings as sent; {@link SearchCriteriaParser} checks and converts them. */
public class SearchRequest {

    @QueryParam("city")
    @Parameter(description = "Listings in this city (case-insensitive); one of city, bbox and near", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String city;
    @QueryParam("bbox")
    @Parameter(description = "Listings within a box: minLng,minLat,maxLng,maxLat", schema = @Schema(type = SchemaType.STRING, example = "-9.25,38.69,-9.09,38.80"))
    String bbox;
    @QueryParam("near")
    @Parameter(description = "Listings around a point: lat,lng (sorted by distance unless sort says otherwise)", schema = @Schema(type = SchemaType.STRING, example = "38.7105,-9.1434"))
    String near;
    @QueryParam("radiusKm")
    @Parameter(description = "With near: how far around the point, in kilometres (default 10)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true, maximum = "100"))
    String radiusKm;
    @QueryParam("checkIn")
    @Parameter(description = "With checkOut: only listings free for the stay, priced in full (stayPrice)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String checkIn;
    @QueryParam("checkOut")
    @Parameter(description = "The day the stay ends; with checkIn", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String checkOut;
    @QueryParam("guests")
    @Parameter(description = "Listings that host this many guests", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
    String guests;
    @QueryParam("minPrice")
    @Parameter(description = "Lowest nightly price, in currency", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]+([.][0-9]+)?$", example = "50.00"))
    String minPrice;
    @QueryParam("maxPrice")
    @Parameter(description = "Highest nightly price, in currency", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]+([.][0-9]+)?$", example = "200.00"))
    String maxPrice;
    @QueryParam("currency")
    @Parameter(description = "The currency of minPrice and maxPrice (ISO 4217)", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$", example = "EUR"))
    String currency;
    @QueryParam("propertyType")
    @Parameter(description = "Only this kind of place", schema = @Schema(ref = "PropertyType"))
    String propertyType;
    @QueryParam("roomType")
    @Parameter(description = "Only this kind of room", schema = @Schema(ref = "RoomType"))
    String roomType;
    @QueryParam("amenities")
    @Parameter(description = "Amenity codes, comma-separated: listings with all of them", schema = @Schema(type = SchemaType.STRING, example = "wifi,kitchen"))
    String amenities;
    @QueryParam("q")
    @Parameter(description = "Words in the title or description", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String q;
    @QueryParam("sort")
    @Parameter(description = "Order of the results; distance needs near", schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "price", "rating", "distance"}))
    String sort;
    @QueryParam("limit")
    @Parameter(description = "Listings per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;
    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page, with the same parameters", schema = @Schema(type = SchemaType.STRING))
    String cursor;

    /** The same parameters from another adapter (GraphQL), as strings exactly as a query string carries them. */
    public static SearchRequest of(Map<String, String> parameters) {
        SearchRequest request = new SearchRequest();
        request.city = parameters.get("city");
        request.bbox = parameters.get("bbox");
        request.near = parameters.get("near");
        request.radiusKm = parameters.get("radiusKm");
        request.checkIn = parameters.get("checkIn");
        request.checkOut = parameters.get("checkOut");
        request.guests = parameters.get("guests");
        request.minPrice = parameters.get("minPrice");
        request.maxPrice = parameters.get("maxPrice");
        request.currency = parameters.get("currency");
        request.propertyType = parameters.get("propertyType");
        request.roomType = parameters.get("roomType");
        request.amenities = parameters.get("amenities");
        request.q = parameters.get("q");
        request.sort = parameters.get("sort");
        request.limit = parameters.get("limit");
        request.cursor = parameters.get("cursor");
        return request;
    }
}
