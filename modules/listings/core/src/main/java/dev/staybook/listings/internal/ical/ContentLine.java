package dev.staybook.listings.internal.ical;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One unfolded iCalendar line: {@code NAME;PARAM=value;...:value}. Names are upper-cased. */
record ContentLine(int lineNumber, String name, Map<String, String> parameters, String value) {

    static ContentLine parse(int lineNumber, String line) {
        int colon = valueStart(line);
        if (colon < 0) {
            throw new MalformedCalendar(lineNumber, "expected NAME:value but found no ':'");
        }
        String[] head = splitOutsideQuotes(line.substring(0, colon));
        String name = head[0].strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || !name.matches("[A-Z0-9-]+")) {
            throw new MalformedCalendar(lineNumber, "'" + head[0] + "' is not a property name");
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int equals = head[i].indexOf('=');
            if (equals <= 0) {
                throw new MalformedCalendar(lineNumber, "parameter '" + head[i] + "' has no value");
            }
            String value = head[i].substring(equals + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            parameters.put(head[i].substring(0, equals).strip().toUpperCase(Locale.ROOT), value);
        }
        return new ContentLine(lineNumber, name, parameters, line.substring(colon + 1));
    }

    String parameter(String parameterName) {
        return parameters.get(parameterName);
    }

    /** The first ':' outside double quotes (parameter values may contain ':', as in TZID or URLs). */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String[] splitOutsideQuotes(String head) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(head.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(head.substring(start));
        return parts.toArray(String[]::new);
    }
}
