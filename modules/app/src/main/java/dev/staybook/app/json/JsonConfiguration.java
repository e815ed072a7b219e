package dev.staybook.app.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B configuration of the REST API. A property a request does not have is refused (400 malformed-json naming
 * it), not dropped: a misspelt optional field would otherwise change nothing without a word. A whole number with a
 * fraction is refused, not cut ({@link WholeNumberJson}), and a number or a boolean where text belongs is refused, not
 * turned into text ({@link TextJson}).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withSerializers(new MoneyJson.Writer())
            .withDeserializers(new MoneyJson.Reader(), new WholeNumberJson.IntReader(), new WholeNumberJson.LongReader(),
                    new TextJson.Reader())
            .withAdapters(new MoneyJson.CurrencyCode())
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
