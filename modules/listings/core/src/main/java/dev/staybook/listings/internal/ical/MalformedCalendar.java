package dev.staybook.listings.internal.ical;

/** What is wrong with an iCalendar file, and on which line; the caller turns it into a 400. */
public class MalformedCalendar extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedCalendar(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem, null, false, false);
    }

    public MalformedCalendar(String problem) {
        super(problem, null, false, false);
    }
}
