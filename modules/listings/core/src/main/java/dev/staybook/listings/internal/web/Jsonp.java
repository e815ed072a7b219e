package dev.staybook.listings.internal.web;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look it up on every
 * call, a ServiceLoader scan of the class path that cost a signed-in listing read a tenth of its time.
 */
final class Jsonp {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
