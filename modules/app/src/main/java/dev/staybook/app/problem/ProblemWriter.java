package dev.staybook.app.problem;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a problem's extension members at the top level beside the standard ones, as RFC 9457 has them (JSON-B
 * would nest a map under its property name). Their values go through the same JSON-B, so Money is written as
 * everywhere else ({@code {"amount": "413.29", "currency": "EUR"}}).
 */
public final class ProblemWriter implements JsonbSerializer<Problem> {

    @Override
    public void serialize(Problem problem, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject()
                .write("type", problem.type())
                .write("title", problem.title())
                .write("status", problem.status());
        if (problem.detail() != null) {
            generator.write("detail", problem.detail());
        }
        if (problem.instance() != null) {
            generator.write("instance", problem.instance());
        }
        generator.write("code", problem.code());
        if (problem.errors() != null) {
            context.serialize("errors", problem.errors(), generator);
        }
        problem.extensions().forEach((member, value) -> context.serialize(member, value, generator));
        generator.writeEnd();
    }
}
