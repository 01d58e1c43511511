package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reading while parsing: the span plus what kind of period it is, which {@link Part} ("early", "late") needs and
 * {@link DatePrecision} does not carry (a week and a decade are both FUZZY).
 *
 * @param yearless the year came from the publication date ("February"), so "late February" may move back a year
 */
record Reading(DateSpan span, Grain grain, boolean yearless) {

    enum Grain { DAY, WEEK, WEEKEND, MONTH, YEAR, DECADE, SPAN }

    static Reading day(LocalDate day) {
        return new Reading(DateSpan.day(day), Grain.DAY, false);
    }

    static Reading month(YearMonth month, boolean yearless) {
        return new Reading(DateSpan.month(month), Grain.MONTH, yearless);
    }

    static Reading year(int year) {
        return new Reading(DateSpan.year(year), Grain.YEAR, false);
    }

    static Reading week(LocalDate monday) {
        return fuzzy(monday, monday.plusDays(6), Grain.WEEK);
    }

    static Reading weekend(LocalDate saturday) {
        return fuzzy(saturday, saturday.plusDays(1), Grain.WEEKEND);
    }

    static Reading fuzzy(LocalDate start, LocalDate end, Grain grain) {
        return new Reading(new DateSpan(start, end, DatePrecision.FUZZY), grain, false);
    }

    static Reading of(DateSpan span) {
        return new Reading(span, span.precision() == DatePrecision.DAY ? Grain.DAY : Grain.SPAN, false);
    }

    LocalDate start() {
        return span.start();
    }

    LocalDate end() {
        return span.end();
    }
}
