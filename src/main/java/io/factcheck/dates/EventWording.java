package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a date verdict's explanation names events, readings, spans of days and weekdays. */
final class EventWording {
    /** Candidates named in an explanation: all of them up to this many, else the nearest this many. */
    private static final int MAX_LISTED = 8;

    private EventWording() {
    }

    /** " Candidates weighed: ..." naming the recorded events nearest the claimed date, and how many there are. */
    static String weighed(List<Occurrence> candidates, DateSpan reading) {
        List<Occurrence> near = new ArrayList<>(EventIndex.nearby(candidates, reading, MAX_LISTED));
        near.sort(Comparator.comparing(Occurrence::start));
        String listed = near.stream().map(Occurrence::when).collect(Collectors.joining(", "));
        return candidates.size() <= MAX_LISTED ? " Candidates weighed: " + listed + "."
                : " Candidates weighed: " + candidates.size() + " on record, the nearest " + listed + ".";
    }

    static String amount(long days) {
        if (days == 1) {
            return "one day";
        }
        if (days < 60) {
            return days + " days";
        }
        if (days < 730) {
            return days + " days (about " + Math.round(days / 30.44) + " months)";
        }
        return days + " days (about " + Math.round(days / 365.25) + " years)";
    }

    static String describe(List<DateSpan> readings) {
        return readings.stream().map(r -> r.precision() == DatePrecision.DAY ? r.start().toString()
                : r.start() + " to " + r.end()).collect(Collectors.joining(" or "));
    }

    /** "An election (executive) first round", "A coup (attempted)" */
    static String article(String phrase) {
        return ("aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "An " : "A ") + phrase;
    }

    static String weekday(LocalDate day) {
        return name(day.getDayOfWeek());
    }

    static String name(DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Every source's record of each event. */
    static List<Evidence> evidence(List<Occurrence> events, String role) {
        return events.stream().flatMap(o -> o.records().stream()).map(e -> e.evidence(role)).toList();
    }
}
