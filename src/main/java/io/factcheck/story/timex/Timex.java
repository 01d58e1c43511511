package io.factcheck.story.timex;

import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.DayOfWeek;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A read date expression in TIMEX3 terms: its type, value and mod, from the reader's best reading and the words
 * written. "Feb. 1" is DATE 2021-02-01; "Sunday night" TIME 2021-06-27TNI; "last week" DATE 2021-W25; "the 1990s"
 * DATE 199; "early June" DATE 2021-06 with mod START; "almost five months ago" DATE 2021-01 with mod APPROX.
 */
record Timex(String type, String value, String mod) {

    static Timex of(String written, DateReadings readings) {
        String words = " " + written.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        DateSpan best = readings.best();
        String value = value(best, words, readings.rule().contains("decade"));
        String timeOfDay = timeOfDay(words);
        boolean time = timeOfDay != null && best.precision() == DatePrecision.DAY;
        return new Timex(time ? "TIME" : "DATE", time ? value + timeOfDay : value, mod(words));
    }

    private static String value(DateSpan span, String words, boolean decade) {
        if (span.precision() != DatePrecision.FUZZY) {
            return span.toString();
        }
        long days = span.end().toEpochDay() - span.start().toEpochDay() + 1;
        if (days <= 7 && words.contains(" week ") && !words.contains(" weekend ")) {
            return week(span); // "early this week", "the end of next week": the week, its part in the mod
        }
        if (days == 7 && span.start().getDayOfWeek() == DayOfWeek.MONDAY) {
            return week(span) ;
        }
        if (days == 2 && span.start().getDayOfWeek() == DayOfWeek.SATURDAY) {
            return week(span) + "-WE";
        }
        if (decade && words.contains("0s ")) {
            return String.valueOf(span.start().getYear() / 10); // "the early 1990s" is 199 with mod START
        }
        if (span.start().getYear() != span.end().getYear()) {
            return span.start().getYear() + "";
        }
        if (span.start().getMonth() == span.end().getMonth()) {
            return span.start().toString().substring(0, 7);
        }
        return String.valueOf(span.start().getYear());
    }

    private static String week(DateSpan span) {
        return String.format(Locale.ROOT, "%d-W%02d", span.start().get(IsoFields.WEEK_BASED_YEAR),
                span.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String timeOfDay(String words) {
        if (words.contains(" noon ") || words.contains(" midday ")) {
            return "T12:00";
        }
        if (words.contains(" night ") || words.contains(" tonight ")) {
            return "TNI";
        }
        if (words.contains(" morning ")) {
            return "TMO";
        }
        if (words.contains(" afternoon ")) {
            return "TAF";
        }
        if (words.contains(" evening ")) {
            return "TEV";
        }
        return null;
    }

    private static String mod(String words) {
        if (words.contains(" early ") || words.contains(" beginning ") || words.contains(" start ")) {
            return "START";
        }
        if (words.contains(" mid ") || words.contains(" middle ")) {
            return "MID";
        }
        if (words.contains(" late ") || words.contains(" end ")) {
            return "END";
        }
        if (words.contains(" almost ") || words.contains(" nearly ") || words.contains(" about ")
                || words.contains(" around ") || words.contains(" roughly ") || words.contains(" approximately ")) {
            return "APPROX";
        }
        if (words.contains(" more than ") || words.contains(" over ")) {
            return "MORE_THAN";
        }
        if (words.contains(" less than ") || words.contains(" under ")) {
            return "LESS_THAN";
        }
        return null;
    }
}
