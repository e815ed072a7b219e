package dev.staybook.it.listings;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Images;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Photos uploaded to listings (POST /listings/{id}/photos), served by id, reordered and deleted, next to photos given by address. */
@SystemTest
class ListingPhotosIT {

    private static final String URL_PHOTO = "https://img.example/1.jpg"; // the fixtures' photo given by address
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private static TestUser host;
    private static TestUser otherHost;
    private static TestUser guest;

    @BeforeAll
    static void users() {
        host = TestUser.register("Photo Host").asHost();
        otherHost = TestUser.register("Other Photo Host").asHost();
        guest = TestUser.register("Photo Guest");
    }

    @Test
    void jpegPngAndWebpUploadsAreServedWithoutTheirMetadataAfterTheUrlPhotos() throws IOException {
        String listing = published();
        String jpeg = upload(host, listing, "beach.jpg", "image/jpeg", Images.jpegWithExif(40, 30), "Beach")
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg")).body("width", equalTo(40))
                .body("height", equalTo(30)).body("caption", equalTo("Beach")).extract().path("id");
        // a PNG declared as a JPEG: the content decides
        String png = upload(host, listing, "garden.jpg", "image/jpeg", Images.pngWithText(12, 9), null)
                .then().statusCode(201).body("mediaType", equalTo("image/png")).extract().path("id");
        Response webpUpload = upload(host, listing, "pool.webp", "application/octet-stream", Images.webpWithExif(), "Pool");
        webpUpload.then().statusCode(201).body("mediaType", equalTo("image/webp")).body("width", equalTo(1));
        String webp = webpUpload.path("id");
        assertEquals(Api.BASE_URL + Api.API + "/photos/" + webp, webpUpload.header("Location"));

        Api.anonymous().get("/listings/" + listing).then().statusCode(200)
                .body("photos.url", equalTo(List.of(URL_PHOTO, path(jpeg), path(png), path(webp))))
                .body("photos[1].caption", equalTo("Beach"));

        for (String id : List.of(jpeg, png, webp)) {
            byte[] served = servedPublicly(id);
            assertEquals(id, Images.sha256(served), "the id is the hash of the bytes served");
            assertFalse(Images.contains(served, Images.SECRET), "metadata removed from " + id);
        }
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(servedPublicly(jpeg))).getWidth(), "still a JPEG that decodes");
        assertEquals(9, ImageIO.read(new ByteArrayInputStream(servedPublicly(png))).getHeight(), "still a PNG that decodes");
        assertFalse(Images.contains(servedPublicly(jpeg), "Exif"));
        assertFalse(Images.contains(servedPublicly(webp), "EXIF"));
    }

    @Test
    void aPhotoIsServedWithItsHashAsStrongETagAndCachedForAYear() {
        String listing = published();
        String id = uploadPng(listing);
        Response served = Api.anonymous().get("/photos/" + id);
        served.then().statusCode(200).contentType("image/png")
                .header("ETag", "\"" + id + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable");

        Api.anonymous().header("If-None-Match", "\"" + id + "\"").get("/photos/" + id).then().statusCode(304)
                .header("ETag", "\"" + id + "\"");
        Api.anonymous().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get("/photos/" + id).then().statusCode(200);
        assertProblem(Api.anonymous().get("/photos/" + "0".repeat(64)), 404, "photo-not-found");
        assertProblem(Api.anonymous().get("/photos/not-an-id"), 404, "photo-not-found");
    }

    @Test
    void aDraftsPhotosAreForItsHostOnly() {
        String draft = ListingFixtures.draft(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Photo draft"), 43.3, 5.4));
        String id = uploadPng(draft);

        assertProblem(Api.anonymous().get("/photos/" + id), 404, "photo-not-found");
        assertProblem(Api.as(guest.accessToken()).get("/photos/" + id), 404, "photo-not-found");
        Response own = Api.as(host.accessToken()).get("/photos/" + id);
        own.then().statusCode(200).header("ETag", "\"" + id + "\"");
        assertFalse(String.valueOf(own.header("Cache-Control")).contains("public"), "never public while the listing is not");
    }

    @Test
    void onlyTheListingsHostUploads() {
        String listing = published();
        byte[] png = Images.encoded("png", 4, 4);
        assertProblem(upload(otherHost, listing, "x.png", "image/png", png, null), 403, "not-your-listing");
        assertProblem(upload(guest, listing, "x.png", "image/png", png, null), 403, "not-your-listing");
        assertProblem(multipart(Api.anonymous(), "x.png", "image/png", png, null).post("/listings/" + listing + "/photos"),
                401, "authentication-required");
        String otherDraft = ListingFixtures.draft(otherHost, ListingFixtures.listing(ListingFixtures.uniqueCity("Photo other"), 43.3, 5.4));
        assertProblem(upload(host, otherDraft, "x.png", "image/png", png, null), 404, "listing-not-found");
        assertEquals(1, photoCount(listing));
    }

    @Test
    void oversizedFakeAndBombImagesAreRefusedAndNothingIsAdded() {
        String listing = published();
        byte[] oversized = Arrays.copyOf(Images.encoded("jpeg", 8, 8), (int) MAX_BYTES + 1);
        assertProblem(upload(host, listing, "big.jpg", "image/jpeg", oversized, null), 413, "photo-too-large");
        byte[] wayPastTheEnvelope = new byte[(int) MAX_BYTES + 200 * 1024];
        assertProblem(upload(host, listing, "huge.jpg", "image/jpeg", wayPastTheEnvelope, null), 413, "body-too-large");

        byte[] text = "just some text, named like a photo\n".getBytes(StandardCharsets.US_ASCII);
        assertProblem(upload(host, listing, "fake.jpg", "image/jpeg", text, null), 422, "unsupported-image");
        byte[] brokenJpeg = Arrays.copyOf(Images.encoded("jpeg", 8, 8), 30);
        assertProblem(upload(host, listing, "broken.jpg", "image/jpeg", brokenJpeg, null), 422, "unreadable-image");
        assertProblem(upload(host, listing, "bomb.png", "image/png", Images.pngClaiming(50_000, 50_000), null), 422, "image-too-large");
        assertProblem(multipart(Api.as(host.accessToken()), "x.png", "image/png", null, "no file").post("/listings/" + listing + "/photos"),
                400, "invalid-input");
        assertProblem(Api.as(host.accessToken()).body("{\"file\": \"x\"}").post("/listings/" + listing + "/photos"),
                415, "unsupported-media-type").body("detail", containsString("multipart/form-data"));

        assertEquals(1, photoCount(listing));
    }

    @Test
    void anArchivedListingTakesNoMorePhotos() {
        String listing = published();
        String id = uploadPng(listing);
        Api.as(host.accessToken()).delete("/listings/" + listing).then().statusCode(204);

        assertProblem(upload(host, listing, "p.png", "image/png", Images.uniquePng(), null), 409, "listing-archived");
        assertProblem(Api.as(host.accessToken()).delete("/listings/" + listing + "/photos/" + id), 409, "listing-archived");
        assertProblem(Api.anonymous().get("/photos/" + id), 404, "photo-not-found");
        Api.as(host.accessToken()).get("/photos/" + id).then().statusCode(200);
    }

    @Test
    void theHostReordersUploadsAndUrlPhotosTogether() {
        String listing = published();
        String first = uploadPng(listing);
        String second = upload(host, listing, "b.jpg", "image/jpeg", Images.jpegWithExif(6, 6), null).path("id");

        reorder(host, listing, List.of(second, URL_PHOTO, path(first))).then().statusCode(200)
                .body("photos.url", equalTo(List.of(path(second), URL_PHOTO, path(first))));
        Api.anonymous().get("/listings/" + listing).then().body("photos.url", equalTo(List.of(path(second), URL_PHOTO, path(first))));

        assertProblem(reorder(host, listing, List.of(second, URL_PHOTO)), 400, "invalid-input");
        assertProblem(reorder(host, listing, List.of(second, second, URL_PHOTO, first)), 400, "invalid-input");
        assertProblem(reorder(otherHost, listing, List.of(first, second, URL_PHOTO)), 403, "not-your-listing");
        assertProblem(Api.as(host.accessToken()).body("{\"order\":[],\"zzUnknown\":1}").put("/listings/" + listing + "/photos/order"),
                400, "invalid-input").body("errors.field", equalTo(List.of("zzUnknown")));
    }

    @Test
    void theHostDeletesAnUploadWhichIsThenNoLongerServedNorStored() {
        String listing = published();
        String id = uploadPng(listing);
        Path file = storedFile(id);
        assertTrue(Files.exists(file), "stored under the photo directory: " + file);

        assertProblem(Api.as(otherHost.accessToken()).delete("/listings/" + listing + "/photos/" + id), 403, "not-your-listing");
        Api.as(host.accessToken()).delete("/listings/" + listing + "/photos/" + id).then().statusCode(204);

        assertProblem(Api.anonymous().get("/photos/" + id), 404, "photo-not-found");
        Api.anonymous().get("/listings/" + listing).then().body("photos.url", equalTo(List.of(URL_PHOTO)));
        assertFalse(Files.exists(file), "no listing shows it any more");
        assertProblem(Api.as(host.accessToken()).delete("/listings/" + listing + "/photos/" + id), 404, "photo-not-found");
    }

    @Test
    void theSameBytesOnTwoListingsStayStoredUntilTheLastDropsThem() {
        String one = published();
        String two = published();
        byte[] png = Images.encoded("png", 7, 7);
        String id = upload(host, one, "a.png", "image/png", png, null).path("id");
        assertEquals(id, upload(host, two, "a.png", "image/png", png, null).path("id"));
        assertProblem(upload(host, two, "a.png", "image/png", png, null), 409, "photo-already-added");

        Api.as(host.accessToken()).delete("/listings/" + one + "/photos/" + id).then().statusCode(204);
        Api.anonymous().get("/photos/" + id).then().statusCode(200);
        // dropping it through the listing's details releases it too
        Api.as(host.accessToken()).body("{\"photos\": [{\"url\": \"" + URL_PHOTO + "\"}]}").patch("/listings/" + two).then().statusCode(200);
        assertProblem(Api.anonymous().get("/photos/" + id), 404, "photo-not-found");
        assertFalse(Files.exists(storedFile(id)));
    }

    @Test
    void aPublishedListingKeepsAPhoto() {
        String listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Photo only"), 43.3, 5.4));
        String id = uploadPng(listing);
        Api.as(host.accessToken()).body("{\"photos\": [{\"url\": \"" + path(id) + "\", \"caption\": \"Only\"}]}")
                .patch("/listings/" + listing).then().statusCode(200).body("photos.url", equalTo(List.of(path(id))));

        assertProblem(Api.as(host.accessToken()).delete("/listings/" + listing + "/photos/" + id), 422, "listing-incomplete");
        Api.anonymous().get("/photos/" + id).then().statusCode(200);
    }

    @Test
    void urlPhotosStillWorkAndDetailsCannotClaimSomeoneElsesUpload() {
        String listing = published();
        String id = uploadPng(listing);
        String others = published(otherHost);

        Api.as(host.accessToken()).body("{\"photos\": [{\"url\": \"https://img.example/2.jpg\"}, {\"url\": \"" + path(id) + "\"}]}")
                .patch("/listings/" + listing).then().statusCode(200)
                .body("photos.url", equalTo(List.of("https://img.example/2.jpg", path(id))));
        assertProblem(Api.as(otherHost.accessToken()).body("{\"photos\": [{\"url\": \"" + path(id) + "\"}]}").patch("/listings/" + others),
                400, "invalid-input").body("errors[0].field", equalTo("photos"));
        assertProblem(Api.as(host.accessToken()).body("{\"photos\": [{\"url\": \"/api/v1/photos/nope\"}]}").patch("/listings/" + listing),
                400, "invalid-input");
    }

    @Test
    void anUploadShowsInTheCachedPublicListingAtOnce() {
        String listing = published();
        Api.anonymous().get("/listings/" + listing).then().statusCode(200);
        Api.anonymous().get("/listings/" + listing).then().header("X-Cache", "HIT");

        String id = uploadPng(listing);

        Api.anonymous().get("/listings/" + listing).then().header("X-Cache", "MISS").body("photos[1].url", equalTo(path(id)));
    }

    private static String published() {
        return published(host);
    }

    private static String published(TestUser owner) {
        return ListingFixtures.published(owner, ListingFixtures.listing(ListingFixtures.uniqueCity("Photos"), 43.3, 5.4));
    }

    private static String uploadPng(String listing) {
        return upload(host, listing, "p.png", "image/png", Images.uniquePng(), null).then().statusCode(201).extract().path("id");
    }

    private static Response upload(TestUser user, String listing, String fileName, String declaredType, byte[] bytes, String caption) {
        return multipart(Api.as(user.accessToken()), fileName, declaredType, bytes, caption).post("/listings/" + listing + "/photos");
    }

    private static RequestSpecification multipart(RequestSpecification request, String fileName, String type, byte[] bytes, String caption) {
        RequestSpecification form = request.contentType("multipart/form-data");
        if (bytes != null) {
            form = form.multiPart("file", fileName, bytes, type);
        }
        return caption == null ? form : form.multiPart("caption", caption, "text/plain; charset=UTF-8");
    }

    private static Response reorder(TestUser user, String listing, List<String> order) {
        String body = Json.createObjectBuilder().add("order", Json.createArrayBuilder(order)).build().toString();
        return Api.as(user.accessToken()).body(body).put("/listings/" + listing + "/photos/order");
    }

    private static byte[] servedPublicly(String id) {
        Response served = Api.anonymous().get("/photos/" + id);
        served.then().statusCode(200).header("Cache-Control", endsWith("immutable"));
        return served.asByteArray();
    }

    private static int photoCount(String listing) {
        return Api.as(host.accessToken()).get("/listings/" + listing).then().statusCode(200).extract().path("photos.size()");
    }

    private static String path(String id) {
        return "/api/v1/photos/" + id;
    }

    /** Where the server keeps a photo: STAYBOOK_PHOTO_DIR defaults to photos/ in its output directory. */
    private static Path storedFile(String id) {
        return Path.of(System.getProperty("staybook.server.dir"), "photos", id.substring(0, 2), id);
    }
}
