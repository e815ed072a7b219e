package dev.staybook.app.graphql;

import java.util.List;
import java.util.Map;

/**
 * The shape of a GraphQL document, as much as the limits need: each operation's selections and each named
 * fragment's, with every field's alias, name and arguments, and the type each operation declares for each variable.
 * Integer arguments and variables are kept (they size pages); other values are read and dropped. Nesting deeper than {@code maxNesting} is refused while parsing,
 * so a document of ten thousand opening braces cannot exhaust the stack.
 */
record QueryDocument(List<List<Selection>> operations, Map<String, List<Selection>> fragments, Map<String, VariableType> variables) {

    sealed interface Selection permits Field, Spread, Inline {
    }

    /** A field; {@code arguments} hold a Long for integer literals, a {@link Variable} for variables, null otherwise. */
    record Field(String alias, String name, Map<String, Object> arguments, List<Selection> selections) implements Selection {
    }

    record Spread(String fragment) implements Selection {
    }

    record Inline(List<Selection> selections) implements Selection {
    }

    record Variable(String name) {
    }

    /** A declared variable's named type ({@code Int} for {@code [Int!]!}) and how many lists wrap it. */
    record VariableType(String name, int lists) {
        static final VariableType UNDECIDED = new VariableType("", 0);
    }

    static QueryDocument parse(String query, int maxTokens, int maxNesting) {
        return new QueryParser(QueryTokens.of(query, maxTokens), maxNesting).document();
    }
}
