package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The rules for "N units ago", hedged or not, in one place. P is the exact point: anchor minus N units; E is the
 * elapsed time from P to the anchor in days; pct(x) is x% of E rounded up.
 * <pre>
 *   N units ago           P +- rounding(unit)       day: exactly P; week +-3 d; month +-15 d; year +-182 d;
 *                                                    decade +-730 d
 *   about/around/some N   P +- max(pct(15), rounding(unit), little(unit))
 *   almost/nearly N       [P, P + max(pct(15), little(unit))]      less time has passed: the event is later than P
 *   just under N          same as almost
 *   just over N           [P - max(pct(15), little(unit)), P]      a little more time has passed
 *   more than/over N      [P - max(pct(50), little(unit)), P]      at least / well over / upwards of alike
 *   less than/under N     [P, anchor]
 *   little(unit):         day 1 d; week 3 d; month 14 d; year 61 d; decade 365 d
 * </pre>
 * No span ends after the anchor: the writer reports something that has happened. Example: "almost five months ago"
 * on 2021-06-28: P = 2021-01-28, E = 151 d, pct(15) = 23 d, so 2021-01-28..2021-02-20 (contains the 2021-02-01
 * Myanmar coup).
 */
enum Hedge {
    EXACT(""), ABOUT("about"), ALMOST("almost"), JUST_OVER("just over"), MORE_THAN("more than"),
    LESS_THAN("less than");

    private static final int CLOSE_PERCENT = 15;
    private static final int WIDE_PERCENT = 50;

    final String label;

    Hedge(String label) {
        this.label = label;
    }

    DateSpan span(LocalDate anchor, long count, Unit unit) {
        LocalDate p = unit.before(anchor, count);
        long elapsed = ChronoUnit.DAYS.between(p, anchor);
        long close = Math.max(percent(elapsed, CLOSE_PERCENT), unit.littleDays);
        return switch (this) {
            case EXACT -> unit.roundingDays == 0 ? DateSpan.day(p)
                    : fuzzy(p.minusDays(unit.roundingDays), p.plusDays(unit.roundingDays), anchor);
            case ABOUT -> {
                long slack = Math.max(close, unit.roundingDays);
                yield fuzzy(p.minusDays(slack), p.plusDays(slack), anchor);
            }
            case ALMOST -> fuzzy(p, p.plusDays(close), anchor);
            case JUST_OVER -> fuzzy(p.minusDays(close), p, anchor);
            case MORE_THAN -> fuzzy(p.minusDays(Math.max(percent(elapsed, WIDE_PERCENT), unit.littleDays)), p, anchor);
            case LESS_THAN -> fuzzy(p, anchor, anchor);
        };
    }

    /** "a few days ago" (2..4) or "several weeks ago" (3..7): from the far bound to the near one, rounded. */
    static DateSpan vague(LocalDate anchor, int low, int high, Unit unit) {
        LocalDate far = unit.before(anchor, high).minusDays(unit.roundingDays);
        LocalDate near = unit.before(anchor, low).plusDays(unit.roundingDays);
        return fuzzy(far, near, anchor);
    }

    private static long percent(long days, int percent) {
        return (days * percent + 99) / 100;
    }

    private static DateSpan fuzzy(LocalDate start, LocalDate end, LocalDate anchor) {
        LocalDate last = end.isAfter(anchor) ? anchor : end;
        return new DateSpan(start, last, DatePrecision.FUZZY);
    }
}
