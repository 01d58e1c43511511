package io.factcheck.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to some precision, as the inclusive interval of days it may be: "2021" is 2021-01-01..2021-12-31.
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision) {

    public DateSpan {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
        }
    }

    public static DateSpan day(LocalDate day) {
        return new DateSpan(day, day, DatePrecision.DAY);
    }

    public static DateSpan month(YearMonth month) {
        return new DateSpan(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** The day, month or year that begins on {@code first}. */
    public static DateSpan of(LocalDate first, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day(first);
            case MONTH -> month(YearMonth.from(first));
            case YEAR -> year(first.getYear());
            case FUZZY -> throw new IllegalArgumentException("a window of days has no single first day's span");
        };
    }

    public static DateSpan year(int year) {
        return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    /**
     * Reads "2021", "2021-02" or "2021-02-01", or a window of days as {@link #toString} writes it
     * ("2021-10-08..2021-10-14", FUZZY).
     *
     * @throws DateTimeException with a reason a person can read
     */
    public static DateSpan parseIso(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots > 0) {
            DateSpan from = parseIso(t.substring(0, dots));
            DateSpan to = parseIso(t.substring(dots + 2));
            if (from.precision() != DatePrecision.DAY || to.precision() != DatePrecision.DAY || to.start().isBefore(from.start())) {
                throw new DateTimeException("'" + text + "' is not a window of days (yyyy-mm-dd..yyyy-mm-dd, in order)");
            }
            return new DateSpan(from.start(), to.start(), DatePrecision.FUZZY);
        }
        // Read by hand: the formatter machinery costs far more per row, above all before the JIT warms up,
        // and every row of every dataset file goes through here at start-up.
        int year = digits(t, 0, 4, text);
        try {
            return switch (t.length()) {
                case 4 -> year(year);
                case 7 -> month(YearMonth.of(year, digits(t, 5, 7, text)));
                case 10 -> day(LocalDate.of(year, digits(t, 5, 7, text), digits(t, 8, 10, text)));
                default -> throw notADate(text);
            };
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + text + "' is not a date: " + e.getMessage());
        }
    }

    private static int digits(String t, int from, int to, String text) {
        if (t.length() < to || (to < t.length() && t.charAt(to) != '-') || (from > 0 && t.charAt(from - 1) != '-')) {
            throw notADate(text);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw notADate(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static DateTimeException notADate(String text) {
        return new DateTimeException("'" + text + "' is not a date (expected yyyy, yyyy-mm or yyyy-mm-dd)");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The written form at its own precision: "2021", "2021-02", "2021-02-01". */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
            case FUZZY -> start + ".." + end;
        };
    }
}
