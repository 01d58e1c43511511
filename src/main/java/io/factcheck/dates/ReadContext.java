package io.factcheck.dates;

import io.factcheck.dates.DateExpressionException.Reason;

import java.time.LocalDate;

/** One reading in progress: the text for messages, and the anchor, handed out only to forms that need it. */
final class ReadContext {
    private final String text;
    private final LocalDate anchor;
    private final Bias bias;
    private boolean anchorUsed;

    ReadContext(String text, LocalDate anchor, Bias bias) {
        this.text = text;
        this.anchor = anchor;
        this.bias = bias;
    }

    /** Whether dates without a year point ahead of the anchor rather than back. */
    boolean ahead() {
        return bias == Bias.FUTURE;
    }

    /**
     * The publication date, for a form that cannot be read without it.
     *
     * @param what the form, for the message: "a date without a year", "a weekday", "a time ago"
     */
    LocalDate anchor(String what) {
        if (anchor == null) {
            throw new DateExpressionException(Reason.NEEDS_PUBLICATION_DATE, text,
                    what + " needs the publication date to be read");
        }
        anchorUsed = true;
        return anchor;
    }

    boolean anchorUsed() {
        return anchorUsed;
    }

    DateExpressionException noSuchDate(String detail) {
        return new DateExpressionException(Reason.NO_SUCH_DATE, text, detail);
    }

    DateExpressionException notADate(String detail) {
        return new DateExpressionException(Reason.NOT_A_DATE, text, detail);
    }
}
