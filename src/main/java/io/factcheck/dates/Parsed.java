package io.factcheck.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** What a form made of some tokens: its readings, the form's name and the canonical restatement. */
record Parsed(List<Reading> readings, String rule, String understood, DayOfWeek statedWeekday) {

    static Parsed of(Reading reading, String rule, String understood) {
        return new Parsed(List.of(reading), rule, understood, null);
    }

    static Parsed of(List<Reading> readings, String rule, String understood) {
        return new Parsed(readings, rule, understood, null);
    }

    /** Primary reading first, the secondary one only when it differs. */
    static Parsed either(Reading primary, Reading secondary, String rule, String understood) {
        return primary.span().equals(secondary.span()) ? of(primary, rule, understood)
                : of(List.of(primary, secondary), rule, understood);
    }

    boolean allGrain(Reading.Grain grain) {
        for (Reading reading : readings) {
            if (reading.grain() != grain) {
                return false;
            }
        }
        return true;
    }

    /** The same form wrapped by a modifier: each reading mapped, a null mapping meaning "does not apply". */
    Parsed wrap(String outerRule, String newUnderstood, UnaryOperator<Reading> map) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading reading : readings) {
            Reading mapped = map.apply(reading);
            if (mapped == null) {
                return null;
            }
            if (!out.contains(mapped)) {
                out.add(mapped);
            }
        }
        return new Parsed(out, outerRule + "(" + rule + ")", newUnderstood, statedWeekday);
    }

    Parsed withWeekday(DayOfWeek weekday, String newUnderstood) {
        return new Parsed(readings, "stated-weekday(" + rule + ")", newUnderstood, weekday);
    }
}
