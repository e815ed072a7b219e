package dev.staybook.app.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The one JSON-B configuration of the REST API. */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withSerializers(new MoneyJson.Writer())
            .withDeserializers(new MoneyJson.Reader())
            .withAdapters(new MoneyJson.CurrencyCode()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
