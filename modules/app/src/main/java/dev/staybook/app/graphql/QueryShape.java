package dev.staybook.app.graphql;

import dev.staybook.app.graphql.QueryDocument.Field;
import dev.staybook.app.graphql.QueryDocument.Inline;
import dev.staybook.app.graphql.QueryDocument.Selection;
import dev.staybook.app.graphql.QueryDocument.Spread;
import dev.staybook.app.graphql.QueryDocument.Variable;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How big a query is once its fragments are spread: its depth (fields inside fields), its fields, its aliases
 * (what repeats one expensive field many times) and its cost. A field costs 1; a field with arguments is resolved
 * by a query of its own and costs {@value #RESOLVER_COST}; a field with a {@code limit} multiplies the cost of
 * what it selects by that limit ({@value #UNKNOWN_LIMIT} when a variable does not say), and by each limit of a list
 * nested in it ({@code itemLimit}), which over-counts what else it selects but never lets a large list through. Fragments are measured
 * once each (a fragment that spreads another twice, ten levels deep, is not walked a thousand times) and must not
 * spread themselves. Of several operations the largest counts: only one runs, the client chooses which.
 */
record QueryShape(long depth, long fields, long aliases, long cost) {

    static final long RESOLVER_COST = 10;
    static final long UNKNOWN_LIMIT = 100;
    private static final QueryShape NOTHING = new QueryShape(0, 0, 0, 0);

    static QueryShape of(QueryDocument document, JsonObject variables) {
        Measure measure = new Measure(document.fragments(), variables);
        return document.operations().stream().map(measure::selections).reduce(NOTHING, QueryShape::largest);
    }

    private QueryShape beside(QueryShape other) {
        return new QueryShape(Math.max(depth, other.depth), add(fields, other.fields), add(aliases, other.aliases), add(cost, other.cost));
    }

    private QueryShape largest(QueryShape other) {
        return new QueryShape(Math.max(depth, other.depth), Math.max(fields, other.fields), Math.max(aliases, other.aliases),
                Math.max(cost, other.cost));
    }

    /** Saturating arithmetic: a shape only has to be compared with limits far below Long.MAX_VALUE. */
    private static long add(long a, long b) {
        return Math.min(a + b, Long.MAX_VALUE / 4);
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / 4 / b ? Long.MAX_VALUE / 4 : a * b;
    }

    private static final class Measure {

        private final Map<String, List<Selection>> fragments;
        private final JsonObject variables;
        private final Map<String, QueryShape> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();

        Measure(Map<String, List<Selection>> fragments, JsonObject variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        QueryShape selections(List<Selection> selections) {
            QueryShape shape = NOTHING;
            for (Selection selection : selections) {
                if (selection instanceof Field field) {
                    shape = shape.beside(field(field));
                } else if (selection instanceof Inline inline) {
                    shape = shape.beside(selections(inline.selections()));
                } else {
                    shape = shape.beside(fragment(((Spread) selection).fragment()));
                }
            }
            return shape;
        }

        private QueryShape field(Field field) {
            QueryShape inside = selections(field.selections());
            long weight = field.arguments().isEmpty() ? 1 : RESOLVER_COST;
            return new QueryShape(inside.depth + 1, add(inside.fields, 1), add(inside.aliases, field.alias() == null ? 0 : 1),
                    add(weight, times(inside.cost, limit(field))));
        }

        /** The product of the field's limits: {@code limit}, and any {@code ...Limit} of nested lists (myWishlists' itemLimit). */
        private long limit(Field field) {
            long product = 1;
            for (var argument : field.arguments().entrySet()) {
                if (argument.getKey().equals("limit") || argument.getKey().endsWith("Limit")) {
                    product = times(product, limitValue(argument.getValue()));
                }
            }
            return product;
        }

        private long limitValue(Object limit) {
            if (limit instanceof Variable variable) {
                limit = variables != null && variables.get(variable.name()) instanceof JsonNumber number ? number.longValue() : null;
            }
            return limit instanceof Long value && value >= 0 ? Math.min(value, Long.MAX_VALUE / 8) : UNKNOWN_LIMIT;
        }

        private QueryShape fragment(String name) {
            QueryShape known = measured.get(name);
            if (known != null) {
                return known;
            }
            List<Selection> selections = fragments.get(name);
            if (selections == null) {
                throw new InvalidQuery("invalid-syntax", "The query spreads the fragment " + name + ", which it does not define.");
            }
            if (!measuring.add(name)) {
                throw new InvalidQuery("invalid-syntax", "The fragment " + name + " spreads itself.");
            }
            QueryShape shape = selections(selections);
            measuring.remove(name);
            measured.put(name, shape);
            return shape;
        }
    }
}
