package io.factcheck.story.timex;

import io.factcheck.dates.Bias;
import io.factcheck.dates.DateClaimReading;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass of the {@link TimexTagger} over a copy, shared by the expression families: the tokens, the sentence at
 * hand, the reference time that anchored expressions count from, and the expressions tagged so far.
 */
final class TimexRun {
    /** Words that stand before a date without being part of it: TIMEX3 extents leave prepositions out. */
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "back", "over", "by", "since",
            "until", "till", "from", "through", "throughout", "for", "of", "before", "after", "within", "around",
            "about");
    static final Set<String> SHIFTS = Set.of("last", "this", "next", "past", "coming", "previous");
    /** Time words with no name of their own, which written with capitals inside a sentence make a title. */
    private static final Set<String> GENERIC = Set.of("this", "next", "last", "today", "tonight", "tomorrow",
            "yesterday", "now", "week", "weeks", "day", "days", "minutes", "hours", "hour", "year", "years", "month",
            "months", "weekend", "morning", "night", "evening", "daily", "weekly", "monthly");

    /** How far ahead the next occurrence of a yearless month or day may lie to be read ahead without a future verb. */
    static final int NEAR_AHEAD_DAYS = 90;
    /** How much further than the last one a date set "by" or "effective" may lie and still be read ahead. */
    private static final int DUE_SLACK_DAYS = 30;
    /** TimeML's tid of the document's creation time, the story's date. */
    static final String DCT = "t0";
    /** Tokens that state a year or decade besides a plain year: "'90", "1990s", "1990-91", "2021-06-28". */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("'\\d\\d|\\d{4}s|(1[0-9]|20)\\d\\d-.*|\\d+/\\d+/\\d+");

    final DateExpressionReader reader;
    final Copy copy;
    final List<Token> t;
    final LocalDate published;
    final List<TimexEntry> out = new ArrayList<>();
    /** The reference time: the last date the copy gave, which "two days later" counts from. */
    LocalDate ref;
    TimexAnchors.Grain refGrain = TimexAnchors.Grain.DAY;
    int refSentence = -1;
    /** The TIMEX3 tid of the reference time: the story's date ("t0") or the expression that gave it. */
    String refTid = DCT;
    /** The anchor of the next expression added, when its family knows it; else {@link #add} works it out. */
    private String anchoredOn;
    /** The first day of the quarter the copy last named, which "the quarter" and "the year-ago period" mean. */
    LocalDate quarter;
    /**
     * Whether the report's period the copy named last is longer than a quarter ("the first nine months", "the six
     * months ended Aug. 12"): "a year earlier" and "the 1988 period" then mean a year, not a quarter.
     */
    boolean longPeriod;
    /** The sentence being tagged. */
    TimexSentence s;

    TimexRun(DateExpressionReader reader, Copy copy, LocalDate published) {
        this.reader = reader;
        this.copy = copy;
        this.t = copy.tokens;
        this.published = published;
        this.ref = published;
    }

    /** A leading "the" belongs to an expression that is not a calendar date: "the weekend", "the 1990s". */
    int withThe(int from) {
        Token first = t.get(from);
        boolean calendar = first.isNumber() || first.capitalized();
        return !calendar && from > s.from() && t.get(from - 1).is("the") ? from - 1 : from;
    }

    int skip(int at, String... words) {
        while (at < s.to()) {
            boolean skipped = false;
            for (String w : words) {
                if (w.equals(",") ? t.get(at).isMark(',') : t.get(at).is(w)) {
                    skipped = true;
                }
            }
            if (!skipped) {
                return at;
            }
            at++;
        }
        return at;
    }

    String text(int from, int to) {
        Token last = t.get(to - 1);
        return copy.text.substring(t.get(from).start(), last.possessive() ? last.end() - 2 : last.end());
    }

    void add(int from, int to, Timex timex, List<DateClaimReading.Span> readings) {
        if (title(from, to)) {
            anchoredOn = null;
            return;
        }
        int start = t.get(from).start();
        Token last = t.get(to - 1);
        int end = last.possessive() ? last.end() - 2 : last.end();
        String anchor = anchoredOn;
        anchoredOn = null;
        if (anchor == null && !timex.type().equals("DURATION") && !timex.type().equals("SET")
                && !statesYear(from, to)) {
            anchor = DCT; // a date whose words give no year was worked out from the story's date
        }
        out.add(new TimexEntry(start, end, copy.text.substring(start, end),
                timex.type(), timex.value(), timex.mod(), readings, "t" + (out.size() + 1), anchor));
        if (timex.type().equals("DURATION") && (timex.value().equals("P6M") || timex.value().equals("P9M"))) {
            longPeriod = true;
        }
    }

    /**
     * Whether tokens [from, to) are the title of a programme or a paper rather than a time: generic time words all
     * capitalized inside a sentence ("ABC's ``This Week''", "CBS's ``60 Minutes''", "This is VOA Today").
     */
    private boolean title(int from, int to) {
        int first = s.from();
        while (first < from && t.get(first).isMark()) {
            first++; // a sentence opening with a quote
        }
        if (from <= first) {
            return false;
        }
        boolean word = false;
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (w.isWord()) {
                if (!w.capitalized() || !GENERIC.contains(w.lower())) {
                    return false;
                }
                word = true;
            }
        }
        return word;
    }

    /** The next expression added was worked out from the reference time: its anchor is the reference's tid. */
    void anchorOnReference() {
        anchoredOn = refTid;
    }

    private boolean statesYear(int from, int to) {
        for (int i = from; i < to; i++) {
            if (year(t.get(i)) > 0 || WRITTEN_YEAR.matcher(t.get(i).lower()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Tags a date the reader read, with all its readings, and makes it the reference time. */
    void addRead(int from, int to, Timex timex, DateReadings readings) {
        add(from, to, timex, readings.readings().stream().map(TimexRun::reading).toList());
        remember(timex.value(), readings.best().start());
    }

    /** A date the copy gave becomes the reference time of what follows. */
    void remember(String value, LocalDate start) {
        TimexAnchors.Grain grain = TimexAnchors.grainOf(value);
        if (grain != null) {
            refTid = out.isEmpty() ? DCT : out.get(out.size() - 1).tid();
            ref = start;
            refGrain = grain;
            refSentence = s.index();
            if (grain == TimexAnchors.Grain.QUARTER) {
                quarter = start;
                longPeriod = false;
            }
        }
    }

    // ---- placing a date the words leave open: which year's January, which week's Tuesday

    /**
     * The readings of a date the reader worked out from the story's date, placed by its clause: ahead when the clause
     * speaks of what is yet to happen ("will meet Thursday") or sets a deadline ("until 9 a.m. Tuesday", "as early as
     * Tuesday"); a month or a month and day without a year, in a clause whose tense does not look ahead, is the
     * occurrence nearest the story's date (TimeML's news reading: "Jan. 14" in a story of 2000-01-06 is 2000-01-14,
     * "January" in one of November 1989 is 1990-01). {@code lead} is where the expression begins (a clock time before
     * the day), [from, to) the date's own tokens.
     */
    DateReadings resolved(int lead, int from, int to, DateReadings readings) {
        boolean relative = readings.usesPublicationDate();
        // "get around Wednesday's ruling": a weekday owning a noun names what has been, whatever the clause's tense
        boolean done = to - from == 1 && t.get(from).possessive() && TimeWords.weekday(t.get(from).lower()) > 0;
        if (relative && !done && (Tense.of(t, s.from(), s.to(), from, to) > 0 || deadline(lead))) {
            return readAhead(from, to, readings);
        }
        if (relative && !done && due(lead)) { // "pay down the loan by February", "effective Feb. 1"
            DateReadings ahead = readAhead(from, to, readings);
            return distance(ahead.best()) <= distance(readings.best()) + DUE_SLACK_DAYS ? ahead : readings;
        }
        return yearless(readings.rule()) ? nearest(from, to, readings) : readings;
    }

    /** "by February", "effective Feb. 1": a date set for something, ahead unless the last one is much nearer. */
    private boolean due(int lead) {
        if (lead - 1 < s.from() || !t.get(lead - 1).is("by") && !t.get(lead - 1).is("effective")) {
            return false;
        }
        for (int i = lead - 2; i >= s.from() && !t.get(i).isMark(','); i--) { // the clause, back to a comma
            if (t.get(i).is("had")) {
                return false; // "had filed reports by Wednesday": a day of the past the copy looks back to
            }
        }
        return true;
    }

    /** "until Tuesday", "as early as Tuesday", "as soon as Tuesday": a day the copy waits for. */
    private boolean deadline(int lead) {
        if (lead - 1 > s.from() && (t.get(lead - 1).is("until") || t.get(lead - 1).is("till"))) {
            return true; // not "Until Thursday, the only charge was...": a sentence that opens so looks back
        }
        return lead - 3 >= s.from() && t.get(lead - 3).is("as") && t.get(lead - 1).is("as")
                && (t.get(lead - 2).is("early") || t.get(lead - 2).is("soon"));
    }

    private DateReadings nearest(int from, int to, DateReadings past) {
        long nextStart = past.best().start().plusYears(1).toEpochDay();
        if (nextStart - published.toEpochDay() > NEAR_AHEAD_DAYS) {
            return past; // the next one is further than a season ahead: no need to read it
        }
        DateReadings ahead = readAhead(from, to, past);
        long back = distance(past.best());
        long forth = distance(ahead.best());
        return forth < back && forth <= NEAR_AHEAD_DAYS ? ahead : past;
    }

    private long distance(DateSpan span) {
        long middle = (span.start().toEpochDay() + span.end().toEpochDay()) / 2;
        return Math.abs(middle - published.toEpochDay());
    }

    private DateReadings readAhead(int from, int to, DateReadings past) {
        try {
            return reader.read(text(from, to), published, Bias.FUTURE);
        } catch (DateExpressionException e) {
            return past;
        }
    }

    /** Whether the reader's rule read a month, or a month and day, without a year. */
    private static boolean yearless(String rule) {
        return rule.endsWith("month") || rule.endsWith("month-day") || rule.endsWith("day-month")
                || rule.endsWith("month)") || rule.endsWith("month-day)") || rule.endsWith("day-month)");
    }

    static DateClaimReading.Span reading(DateSpan span) {
        return new DateClaimReading.Span(span.start().toString(), span.end().toString(),
                span.precision().name().toLowerCase(Locale.ROOT));
    }

    /** A four-digit year token, or -1. */
    static int year(Token t) {
        String w = t.lower();
        if (!t.isNumber() || w.length() != 4 || !Character.isDigit(w.charAt(1)) || !Character.isDigit(w.charAt(2))
                || !Character.isDigit(w.charAt(3))) {
            return -1; // "59.2", "2,00"
        }
        int y = Integer.parseInt(w);
        return y >= 1000 && y <= 2999 ? y : -1;
    }
}
