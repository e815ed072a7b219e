package dev.staybook.app.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a GraphQL document into tokens (GraphQL spec, "Lexical Tokens"): names, numbers, strings and block
 * strings, punctuators; commas, white space and comments are dropped. At most {@code maxTokens}, so a huge
 * document costs a bounded amount of work before it is refused.
 */
final class QueryTokens {

    enum Kind { PUNCTUATOR, NAME, NUMBER, STRING, END }

    record Token(Kind kind, String text) {

        boolean is(String punctuatorOrName) {
            return (kind == Kind.PUNCTUATOR || kind == Kind.NAME) && text.equals(punctuatorOrName);
        }
    }

    private static final String PUNCTUATORS = "!$&():=@[]{}|";

    private final String source;
    private int at;

    private QueryTokens(String source) {
        this.source = source;
    }

    static List<Token> of(String source, int maxTokens) {
        QueryTokens lexer = new QueryTokens(source);
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.next(); token.kind() != Kind.END; token = lexer.next()) {
            if (tokens.size() == maxTokens) {
                throw new InvalidQuery("too-many-tokens", "The query has more than " + maxTokens + " tokens.");
            }
            tokens.add(token);
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private Token next() {
        skipIgnored();
        if (at >= source.length()) {
            return new Token(Kind.END, "");
        }
        char c = source.charAt(at);
        if (source.startsWith("...", at)) {
            at += 3;
            return new Token(Kind.PUNCTUATOR, "...");
        } else if (PUNCTUATORS.indexOf(c) >= 0) {
            at++;
            return new Token(Kind.PUNCTUATOR, String.valueOf(c));
        } else if (c == '_' || Character.isLetter(c) && c < 128) {
            return new Token(Kind.NAME, take(ch -> ch == '_' || ch < 128 && Character.isLetterOrDigit(ch)));
        } else if (c == '-' || c >= '0' && c <= '9') {
            return new Token(Kind.NUMBER, take(ch -> ch == '-' || ch == '+' || ch == '.' || ch == 'e' || ch == 'E' || ch >= '0' && ch <= '9'));
        } else if (c == '"') {
            return source.startsWith("\"\"\"", at) ? blockString() : string();
        }
        throw new InvalidQuery("invalid-syntax", "The query has an unexpected character at position " + at + ".");
    }

    private void skipIgnored() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '#') {
                while (at < source.length() && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
                    at++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                at++;
            } else {
                return;
            }
        }
    }

    private String take(java.util.function.IntPredicate part) {
        int start = at;
        while (at < source.length() && part.test(source.charAt(at))) {
            at++;
        }
        return source.substring(start, at);
    }

    private Token string() {
        int start = ++at;
        while (at < source.length() && source.charAt(at) != '"') {
            char c = source.charAt(at);
            if (c == '\n' || c == '\r') {
                break;
            }
            at += c == '\\' ? 2 : 1;
        }
        if (at >= source.length() || source.charAt(at) != '"') {
            throw new InvalidQuery("invalid-syntax", "The query has a string that never ends.");
        }
        return new Token(Kind.STRING, source.substring(start, at++));
    }

    private Token blockString() {
        int start = at += 3;
        while (at < source.length() && !source.startsWith("\"\"\"", at)) {
            at += source.startsWith("\\\"\"\"", at) ? 4 : 1;
        }
        if (at >= source.length()) {
            throw new InvalidQuery("invalid-syntax", "The query has a block string that never ends.");
        }
        String text = source.substring(start, at);
        at += 3;
        return new Token(Kind.STRING, text);
    }
}
