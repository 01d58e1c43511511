package io.factcheck.dates;

/**
 * A written date the reader will not turn into readings, with the reason a person (or an API problem body) can act
 * on. The reader never guesses: text it does not fully understand, dates that do not exist and relative dates
 * without an anchor all end here.
 */
public final class DateExpressionException extends RuntimeException {

    /** Why the text was not read. Stable codes: callers map them to problem types. */
    public enum Reason {
        /** Nothing but blanks. */
        EMPTY,
        /** A word the reader does not know: "883 people", "tomorrowland". */
        UNKNOWN_WORD,
        /** Known words that form no date: "next", "ago", "at least 883", bare lower-case "may". */
        NOT_A_DATE,
        /** A well-formed date that is not in the calendar: "Feb. 30", "2021-02-30", "13/13/2021". */
        NO_SUCH_DATE,
        /** A partial or relative date ("Feb. 1", "yesterday", "five months ago") read without a publication date. */
        NEEDS_PUBLICATION_DATE
    }

    private final Reason reason;
    private final String text;
    private final String detail;

    public DateExpressionException(Reason reason, String text, String detail) {
        // no stack trace: this is an answer about user input, thrown often and never a bug in itself
        super("'" + text + "': " + detail, null, false, false);
        this.reason = reason;
        this.text = text;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The reason in words, without the text: "February has no day 30". */
    public String detail() {
        return detail;
    }

    /** True when the same text would be read given the article's publication date. */
    public boolean needsPublicationDate() {
        return reason == Reason.NEEDS_PUBLICATION_DATE;
    }
}
