package dev.staybook.app.graphql;

import jakarta.json.JsonObject;

/**
 * The most a GraphQL request may ask for (README "GraphQL"). Liberty's MicroProfile GraphQL (SmallRye GraphQL 1.0
 * in 26.0.0.3) has no depth or complexity settings (they came with later SmallRye versions), so the application
 * measures each query itself before the endpoint sees it.
 */
record QueryLimits(int maxDepth, int maxFields, int maxAliases, int maxCost) {

    /** Tokens in one document: far more than the largest query within the limits needs. */
    static final int MAX_TOKENS = 20_000;

    /** Refuses the query with the first limit it exceeds; a query that cannot be read is refused as well. */
    QueryDocument check(String query, JsonObject variables) {
        QueryDocument document = QueryDocument.parse(query, MAX_TOKENS, 2 * maxDepth);
        QueryShape shape = QueryShape.of(document, variables);
        refuseAbove(shape.depth(), maxDepth, "query-too-deep", "nests fields %d levels deep; the most is %d");
        refuseAbove(shape.aliases(), maxAliases, "too-many-aliases", "has %d aliases; the most is %d");
        refuseAbove(shape.fields(), maxFields, "too-many-fields", "selects %d fields; the most is %d");
        refuseAbove(shape.cost(), maxCost, "query-too-costly", "costs %d; the most is %d (README, GraphQL)");
        return document;
    }

    private static void refuseAbove(long measured, int limit, String code, String what) {
        if (measured > limit) {
            throw new InvalidQuery(code, "The query " + what.formatted(measured, limit) + ".");
        }
    }
}
