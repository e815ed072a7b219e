package dev.staybook.app.graphql;

import dev.staybook.app.graphql.QueryDocument.Field;
import dev.staybook.app.graphql.QueryDocument.Inline;
import dev.staybook.app.graphql.QueryDocument.Selection;
import dev.staybook.app.graphql.QueryDocument.Spread;
import dev.staybook.app.graphql.QueryDocument.Variable;
import dev.staybook.app.graphql.QueryDocument.VariableType;
import dev.staybook.app.graphql.QueryTokens.Kind;
import dev.staybook.app.graphql.QueryTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over the executable part of the GraphQL grammar, into a {@link QueryDocument}; and over a schema's
 * input type definitions, into their fields' types ({@link #inputTypes()}).
 */
final class QueryParser {

    private final List<Token> tokens;
    private final int maxNesting;
    private final Map<String, VariableType> variables = new HashMap<>();
    private int at;
    private int nesting;

    QueryParser(List<Token> tokens, int maxNesting) {
        this.tokens = tokens;
        this.maxNesting = maxNesting;
    }

    QueryDocument document() {
        List<List<Selection>> operations = new ArrayList<>();
        Map<String, List<Selection>> fragments = new HashMap<>();
        while (peek().kind() != Kind.END) {
            if (peek().is("fragment")) {
                at++;
                String name = name();
                expect("on");
                name();
                directives();
                if (fragments.put(name, selectionSet()) != null) {
                    throw syntax("the fragment " + name + " is defined twice");
                }
            } else if (peek().is("{")) {
                operations.add(selectionSet());
            } else {
                String type = name();
                if (!type.equals("query") && !type.equals("mutation") && !type.equals("subscription")) {
                    throw syntax("expected query, mutation, subscription or fragment, found " + type);
                }
                if (peek().kind() == Kind.NAME) {
                    at++;
                }
                if (peek().is("(")) {
                    variableDefinitions();
                }
                directives();
                operations.add(selectionSet());
            }
        }
        if (operations.isEmpty()) {
            throw syntax("the document has no operation");
        }
        return new QueryDocument(operations, fragments, variables);
    }

    /** Each input type of a schema's text by name, with its fields' types; every other definition is passed over. */
    Map<String, Map<String, VariableType>> inputTypes() {
        Map<String, Map<String, VariableType>> types = new HashMap<>();
        while (peek().kind() != Kind.END) {
            if (peek().is("input") && at + 2 < tokens.size() && tokens.get(at + 1).kind() == Kind.NAME && tokens.get(at + 2).is("{")) {
                at++;
                String name = name();
                types.put(name, inputFields());
            } else {
                at++;
            }
        }
        return types;
    }

    private Map<String, VariableType> inputFields() {
        expect("{");
        Map<String, VariableType> fields = new HashMap<>();
        while (!peek().is("}")) {
            if (peek().kind() == Kind.STRING) {
                at++; // the field's description
                continue;
            }
            String field = name();
            expect(":");
            fields.put(field, type(0));
            if (peek().is("=")) {
                at++;
                value();
            }
            directives();
        }
        at++;
        return fields;
    }

    private List<Selection> selectionSet() {
        expect("{");
        enter();
        List<Selection> selections = new ArrayList<>();
        while (!peek().is("}")) {
            selections.add(selection());
        }
        at++;
        nesting--;
        return selections;
    }

    private Selection selection() {
        if (peek().is("...")) {
            at++;
            if (peek().kind() == Kind.NAME && !peek().is("on")) {
                String fragment = name();
                directives();
                return new Spread(fragment);
            }
            if (peek().is("on")) {
                at++;
                name();
            }
            directives();
            return new Inline(selectionSet());
        }
        String alias = null;
        String name = name();
        if (peek().is(":")) {
            at++;
            alias = name;
            name = name();
        }
        Map<String, Object> arguments = peek().is("(") ? arguments() : Map.of();
        directives();
        List<Selection> selections = peek().is("{") ? selectionSet() : List.of();
        return new Field(alias, name, arguments, selections);
    }

    private Map<String, Object> arguments() {
        expect("(");
        Map<String, Object> arguments = new HashMap<>();
        while (!peek().is(")")) {
            String name = name();
            expect(":");
            arguments.put(name, value());
        }
        at++;
        return arguments;
    }

    /** A Long, a Variable, or null for every other kind of value (read to its end). */
    private Object value() {
        Token token = tokens.get(at++);
        if (token.is("$")) {
            return new Variable(name());
        } else if (token.kind() == Kind.NUMBER) {
            try {
                return Long.parseLong(token.text());
            } catch (NumberFormatException notAnInteger) {
                return null;
            }
        } else if (token.is("[") || token.is("{")) {
            String close = token.is("[") ? "]" : "}";
            enter();
            while (!peek().is(close)) {
                if (token.is("{")) {
                    name();
                    expect(":");
                }
                value();
            }
            at++;
            nesting--;
            return null;
        } else if (token.kind() == Kind.STRING || token.kind() == Kind.NAME) {
            return null;
        }
        throw syntax("expected a value, found '" + token.text() + "'");
    }

    private void variableDefinitions() {
        expect("(");
        while (!peek().is(")")) {
            expect("$");
            String name = name();
            expect(":");
            // operations that disagree on a variable's type leave it unchecked: only the one chosen runs
            variables.merge(name, type(0), (one, other) -> one.equals(other) ? one : VariableType.UNDECIDED);
            if (peek().is("=")) {
                at++;
                value();
            }
            directives();
        }
        at++;
    }

    private VariableType type(int lists) {
        VariableType type;
        if (peek().is("[")) {
            at++;
            enter();
            type = type(lists + 1);
            expect("]");
            nesting--;
        } else {
            type = new VariableType(name(), lists);
        }
        if (peek().is("!")) {
            at++;
        }
        return type;
    }

    private void directives() {
        while (peek().is("@")) {
            at++;
            name();
            if (peek().is("(")) {
                arguments();
            }
        }
    }

    private void enter() {
        if (++nesting > maxNesting) {
            throw new InvalidQuery("query-too-deep", "The query nests deeper than " + maxNesting + " levels.");
        }
    }

    private String name() {
        Token token = tokens.get(at);
        if (token.kind() != Kind.NAME) {
            throw syntax("expected a name, found '" + token.text() + "'");
        }
        at++;
        return token.text();
    }

    private void expect(String punctuatorOrName) {
        if (!tokens.get(at).is(punctuatorOrName)) {
            throw syntax("expected '" + punctuatorOrName + "', found '" + tokens.get(at).text() + "'");
        }
        at++;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private static InvalidQuery syntax(String problem) {
        return new InvalidQuery("invalid-syntax", "The query cannot be read: " + problem + ".");
    }
}
