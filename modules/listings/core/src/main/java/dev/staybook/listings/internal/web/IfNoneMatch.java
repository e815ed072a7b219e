package dev.staybook.listings.internal.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read's If-None-Match as RFC 9110 (13.1.2) compares it: weakly, so that a tag a proxy weakened when it compressed
 * the body ({@code W/"x"}) still names the copy tagged {@code "x"}; any tag of the list, or {@code *}. JAX-RS's
 * {@code Request.evaluatePreconditions} compares strongly and would send such a client the whole body every time.
 */
final class IfNoneMatch {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"");

    private IfNoneMatch() {
    }

    /** Whether the request's If-None-Match names the current copy, tagged {@code current}: then it is answered 304. */
    static boolean names(HttpHeaders headers, EntityTag current) {
        List<String> fields = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (fields == null) {
            return false;
        }
        for (String field : fields) {
            if (field.strip().equals("*")) {
                return true;
            }
            Matcher tag = TAG.matcher(field);
            while (tag.find()) {
                if (tag.group(1).equals(current.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }
}
