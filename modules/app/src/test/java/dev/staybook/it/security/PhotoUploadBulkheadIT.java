package dev.staybook.it.security;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Images;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Photo uploads are read one at a time (STAYBOOK_PHOTO_CONCURRENT_UPLOADS, 1): each holds its file several times over
 * while it is read and stripped, and six of 9 MiB at once ran the server out of heap. One whose turn does not come
 * within 10 s is answered 503 with Retry-After; a turn is given back when its upload ends.
 */
@SystemTest
class PhotoUploadBulkheadIT {

    private static Response upload(TestUser host, String listing) {
        return Api.as(host.accessToken()).contentType("multipart/form-data").multiPart("file", "garden.png", Images.uniquePng(), "image/png")
                .post("/listings/" + listing + "/photos");
    }

    @Test
    void anUploadWhileAnotherIsReadWaitsForItsTurnThenIsAskedToComeBack() throws Exception {
        TestUser host = TestUser.register("Busy Uploader").asHost();
        String listing = ListingFixtures.draft(host, ListingFixtures.listing("Turns", 48.85, 2.35));
        int port = Integer.parseInt(System.getProperty("staybook.http.port"));
        byte[] body = multipart(Images.uniquePng());

        try (Socket slow = new Socket("127.0.0.1", port)) {
            // an upload on a slow connection: its headers and the start of its body are in, and it holds the one turn
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/v1/listings/" + listing + "/photos HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                    + host.accessToken() + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 16);
            out.flush();

            Response turnedAway = upload(host, listing);
            assertProblem(turnedAway, 503, "uploads-busy");
            assertEquals("5", turnedAway.header("Retry-After"));

            // the rest of its body comes: it is stored, and its turn is given back
            out.write(body, 16, body.length - 16);
            out.flush();
            String statusLine = new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 201", statusLine);
        }
        upload(host, listing).then().statusCode(201);
    }

    private static final String BOUNDARY = "slow-upload";

    private static byte[] multipart(byte[] png) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + png.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(png, 0, body, head.length, png.length);
        System.arraycopy(tail, 0, body, head.length + png.length, tail.length);
        return body;
    }
}
