package dev.staybook.app.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** Which requests are photo uploads ({@code POST /api/v1/listings/{id}/photos}): the only bodies larger than 1 MiB. */
final class PhotoUploads {

    private static final Pattern PHOTO_UPLOAD = Pattern.compile("^/api/v1/listings/[^/]+/photos/?$");

    private PhotoUploads() {
    }

    static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PHOTO_UPLOAD.matcher(request.getRequestURI()).matches();
    }
}
