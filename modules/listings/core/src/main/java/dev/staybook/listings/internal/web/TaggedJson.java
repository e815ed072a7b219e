package dev.staybook.listings.internal.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Base64;

/**
 * A JSON representation with its strong entity tag: 128 bits of the SHA-256 of its bytes, so equal bodies have equal
 * tags whoever computed them (any instance, from the cache or not) and any change of a byte changes the tag.
 */
final class TaggedJson {

    private TaggedJson() {
    }

    static EntityTag tagOf(String json) {
        return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(Sha256.of(json), 16)));
    }

    /** 200 with the body and its ETag; 304 with the ETag alone when the request's If-None-Match names it. */
    static Response.ResponseBuilder ok(HttpHeaders headers, String json) {
        EntityTag tag = tagOf(json);
        return IfNoneMatch.names(headers, tag) ? Response.notModified(tag) : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag);
    }
}
