package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event, whatever the number of sources that record it: the same coup in Powell and Thyne's list and the Cline
 * Center's is one occurrence citing both. Its days are every day any of its records puts it on (each day of polls
 * held over several days, and each source's day when they differ), so a claim naming any of them names it.
 */
public final class Occurrence {
    private final String kind;
    private final Place place;
    private final List<EventRecord> records;
    private final List<DateSpan> days;
    private final Set<String> subtypes;
    private final LocalDate start;
    private final LocalDate end;
    private final Integer round;
    private final boolean held;
    /** Built on first use and kept: every explanation naming candidates asks for them. */
    private String when;
    private String sources;

    Occurrence(List<EventRecord> records) {
        this.records = List.copyOf(records);
        EventRecord first = records.get(0);
        this.kind = first.kind();
        this.place = first.place();
        if (records.size() == 1 && first.lastDay() == null) {
            // most events have one record of one day: no collections to build (thousands are made at every load)
            this.days = List.of(first.date());
            this.subtypes = first.subtype() == null ? Set.of() : Set.of(first.subtype());
            this.start = first.date().start();
            this.end = first.date().end();
            this.round = first.round();
            this.held = !first.unconfirmed();
            return;
        }
        List<DateSpan> d = new ArrayList<>();
        Set<String> s = new LinkedHashSet<>();
        Integer r = null;
        boolean anyHeld = false;
        for (EventRecord e : records) {
            if (e.lastDay() == null) {
                d.add(e.date());
            } else {
                for (LocalDate day = e.date().start(); !day.isAfter(e.lastDay()); day = day.plusDays(1)) {
                    d.add(DateSpan.day(day));
                }
            }
            if (e.subtype() != null) {
                s.add(e.subtype());
            }
            r = r == null ? e.round() : r;
            anyHeld |= !e.unconfirmed();
        }
        d.sort((a, b) -> a.start().compareTo(b.start()));
        this.days = List.copyOf(d.stream().distinct().toList());
        this.subtypes = Set.copyOf(s);
        this.start = days.get(0).start();
        LocalDate last = start;
        for (DateSpan span : days) {
            last = span.end().isAfter(last) ? span.end() : last;
        }
        this.end = last;
        this.round = r;
        this.held = anyHeld;
    }

    public String kind() {
        return kind;
    }

    public Place place() {
        return place;
    }

    /** Every source's record of it, the most precise first. */
    public List<EventRecord> records() {
        return records;
    }

    public EventRecord primary() {
        return records.get(0);
    }

    public Set<String> subtypes() {
        return subtypes;
    }

    public boolean hasSubtype(String subtype) {
        return subtype == null || subtypes.contains(subtype);
    }

    public Integer round() {
        return round;
    }

    /** False when every source records it as voided, cancelled or only scheduled. */
    public boolean held() {
        return held;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public List<DateSpan> days() {
        return days;
    }

    /** Some day it is recorded on lies wholly within the reading. */
    public boolean within(DateSpan reading) {
        for (DateSpan d : days) {
            if (!d.start().isBefore(reading.start()) && !d.end().isAfter(reading.end())) {
                return true;
            }
        }
        return false;
    }

    /** Days between the reading and the nearest day it is recorded on; 0 when one overlaps the reading. */
    public long distance(DateSpan reading) {
        long best = Long.MAX_VALUE;
        for (DateSpan d : days) {
            long gap = d.end().isBefore(reading.start()) ? ChronoUnit.DAYS.between(d.end(), reading.start())
                    : d.start().isAfter(reading.end()) ? ChronoUnit.DAYS.between(reading.end(), d.start()) : 0;
            best = Math.min(best, gap);
        }
        return best;
    }

    /** Some record of it is precise only to a month or year and overlaps the reading. */
    public boolean impreciseAt(DateSpan reading) {
        for (DateSpan d : days) {
            if (d.precision() != DatePrecision.DAY && distanceOf(d, reading) == 0) {
                return true;
            }
        }
        return false;
    }

    private static long distanceOf(DateSpan d, DateSpan reading) {
        return d.end().isBefore(reading.start()) || d.start().isAfter(reading.end()) ? 1 : 0;
    }

    /** "2021-02-01", "2017-10-20 to 2017-10-21", "1988-09-18 or 1988-09-19" */
    public String when() {
        String w = when;
        if (w == null) {
            w = records.stream().map(e -> e.date() + (e.lastDay() == null ? "" : " to " + e.lastDay())).distinct()
                    .collect(Collectors.joining(" or "));
            when = w; // a benign race: every thread builds the same string
        }
        return w;
    }

    /** "Cline Center ... and Powell & Thyne ..." */
    public String sources() {
        String s = sources;
        if (s == null) {
            s = records.stream().map(e -> e.source().name()).distinct().collect(Collectors.joining(" and "));
            sources = s;
        }
        return s;
    }

    /** Where the sources disagree on its subtype: " (Cline Center ...: attempted; Powell & Thyne ...: realized)" */
    public String subtypeDisagreement() {
        if (subtypes.size() < 2) {
            return "";
        }
        return " (the sources differ on its outcome: " + records.stream().map(e -> e.source().name() + " records it"
                + " as " + e.subtype()).collect(Collectors.joining("; ")) + ")";
    }

    @Override
    public String toString() {
        return kind + " in " + place.name() + " on " + when();
    }
}
