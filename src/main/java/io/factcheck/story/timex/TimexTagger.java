package io.factcheck.story.timex;

import io.factcheck.dates.Bias;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.factcheck.story.timex.TimexRun.PREPOSITIONS;
import static io.factcheck.story.timex.TimexRun.SHIFTS;

/**
 * Every temporal expression of the copy in TimeML's TIMEX3 terms (TimeML 1.2.1 annotation guidelines): dates and
 * times the date reader reads (with its readings, re-read ahead in a sentence about what is yet to happen), and what
 * the reader leaves to copy: durations ("almost five months" P5M APPROX), sets ("every year" P1Y), references to now
 * ("currently" PRESENT_REF), clock times ("3 p.m. Monday"), quarters, seasons, centuries, and expressions anchored on
 * the one before ("two days later"). One pass over the tokens, a map look-up per word;
 * the expression families are {@link TimexClocks}, {@link TimexReferences}, {@link TimexSets}, {@link TimexDurations},
 * {@link TimexPeriods} and {@link TimexAnchors}, over the state of a {@link TimexRun}.
 */
public final class TimexTagger {
    /** Words after which a bare ambiguous month name is a name or a noun: "Theresa May", "the March on Rome". */
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "our");
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "august");
    /** Words before a number that make it a quantity, not a year: "about 2000", "$1500". */
    private static final Set<String> QUANTITY_WORDS = Set.of("about", "some", "nearly", "almost", "over", "under",
            "than", "least", "approximately", "around", "$", "€", "£", "no", "number", "flight", "route", "room",
            "resolution", "article", "page", "chapter", "paragraph", "km");
    /** What a number before them counts: "1500 troops" is no year. */
    private static final Set<String> COUNTED = Set.of("people", "persons", "troops", "soldiers", "protesters",
            "civilians", "students", "workers", "employees", "dollars", "euros", "pounds", "votes", "seats", "cases",
            "deaths", "tons", "tonnes", "km", "miles", "meters", "metres", "kilometres", "kilometers", "feet", "acres",
            "hectares", "units", "vehicles", "cars", "homes", "houses", "jobs", "members", "children", "women", "men",
            "refugees", "prisoners", "police", "officers", "demonstrators", "residents", "patients", "doctors",
            "shares", "barrels", "copies", "times", "rounds", "points", "words", "pages", "casualties", "dead",
            "killed", "injured", "arrests", "arrested", "detained", "rockets", "missiles", "drones", "aircraft");

    private final DateExpressionReader reader;
    private final DateMentions mentions;

    public TimexTagger(DateExpressionReader reader) {
        this.reader = reader;
        this.mentions = new DateMentions(reader);
    }

    /** Tags a whole text: the tagger alone, as the corpus test drives it. */
    public List<TimexEntry> tag(String text, LocalDate published) {
        Copy copy = Copy.read(text);
        List<List<DateMentions.Mention>> dates = new ArrayList<>(copy.sentenceCount());
        for (int i = 0; i < copy.sentenceCount(); i++) {
            dates.add(mentions.find(copy, copy.starts[i], copy.starts[i + 1], published));
        }
        return tag(copy, dates, published);
    }

    /**
     * Tags a copy whose date mentions the story check has already found.
     *
     * @param dates the date mentions of each of the copy's sentences, in order
     */
    public List<TimexEntry> tag(Copy copy, List<List<DateMentions.Mention>> dates, LocalDate published) {
        TimexRun run = new TimexRun(reader, copy, published);
        Pass pass = new Pass(run);
        for (int i = 0; i < copy.sentenceCount(); i++) {
            pass.sentence(new TimexSentence(i, copy.starts[i], copy.starts[i + 1], dates.get(i)));
        }
        return run.out;
    }

    /** The scanning driver: the reader's mentions where it found them, each expression family's trigger elsewhere. */
    private final class Pass extends TimexFamily {
        private final TimexClocks clocks;
        private final TimexReferences references;
        private final TimexSets sets;
        private final TimexAnchors anchors;
        private final TimexDurations durations;
        private final TimexPeriods periods;
        private final TimexReportingPeriods reporting;

        Pass(TimexRun r) {
            super(r);
            this.clocks = new TimexClocks(r);
            this.references = new TimexReferences(r);
            this.sets = new TimexSets(r);
            this.anchors = new TimexAnchors(r);
            this.durations = new TimexDurations(r, anchors);
            this.periods = new TimexPeriods(r);
            this.reporting = new TimexReportingPeriods(r);
        }

        void sentence(TimexSentence sentence) {
            r.s = sentence;
            List<DateMentions.Mention> ms = sentence.dates();
            int next = 0;
            int i = sentence.from();
            while (i < sentence.to()) {
                while (next < ms.size() && ms.get(next).from() < i) {
                    next++; // overlapped by a longer expression tagged before it
                }
                int end = next < ms.size() && ms.get(next).from() == i ? mention(ms.get(next++)) : scan(i);
                i = end > i ? end : i + 1;
            }
        }

        // ---- what the date reader read

        private int mention(DateMentions.Mention m) {
            int from = m.from();
            int to = m.to();
            while (from < to - 1 && PREPOSITIONS.contains(t.get(from).lower())) {
                from++;
            }
            if (notADate(from, to)) {
                return to;
            }
            if (to - from == 1 && to < r.s.to() && TimeWords.weekday(t.get(from).lower()) > 0) {
                String part = t.get(to).lower();
                String code = part.endsWith("s") ? TimeWords.PARTS_OF_DAY.get(part.substring(0, part.length() - 1))
                        : null;
                if (code != null) { // "Monday nights": every Monday night
                    r.add(from, to + 1, new Timex("SET", "XXXX-WXX-" + TimeWords.weekday(t.get(from).lower()) + code,
                            null), List.of());
                    return to + 1;
                }
            }
            if (t.get(to - 1).is("year") && t.get(to - 1).possessive()) {
                int end = reporting.period(from); // "this year's third quarter"
                if (end > 0) {
                    return end;
                }
            }
            if (to - from == 1 && TimeWords.month(t.get(from).lower()) > 0) {
                int end = spelledYear(from, to); // "January nineteen ninety-seven"
                if (end > 0) {
                    return end;
                }
            }
            TimeWords.Unit plural = to - from == 2 && SHIFTS.contains(t.get(from).lower())
                    && t.get(to - 1).lower().endsWith("s") ? TimeWords.UNITS.get(t.get(to - 1).lower()) : null;
            if (plural != null) { // "in coming weeks": a stretch of no stated length, not next week
                r.add(r.withThe(from), to, new Timex("DURATION", plural.duration(null), null), List.of());
                return to;
            }
            int dayEnd = lastMonthDay(from, to);
            if (dayEnd > 0) {
                return dayEnd;
            }
            DateReadings readings = m.readings();
            String rule = readings.rule();
            if (rule.contains("ago") || rule.startsWith("past-period")) {
                TimexDurations.Quantity q = durations.quantity(from, to, true);
                if (q != null) {
                    return rule.contains("ago") ? anchors.shifted(q, from, to, r.published, TimexAnchors.Grain.DAY, -1)
                            : durations.duration(q, r.withThe(from), to);
                }
            }
            if (rule.equals("shifted-period") && t.get(to - 1).is("year")) {
                int end = withYear(from, to, readings.best().start().getYear());
                if (end > 0) {
                    return end;
                }
            }
            readings = r.resolved(from, from, to, readings);
            int start = r.withThe(from);
            if (start > r.s.from() && t.get(start - 1).is("fiscal") && TimexRun.year(t.get(start)) > 0) {
                start--; // "fiscal 1989": the fiscal year is the TIMEX3
            }
            Timex timex = Timex.of(r.text(start, to), readings);
            if ((rule.startsWith("earlier(") || rule.startsWith("later(")) && to - from > 1) {
                timex = periodOf(from + 1, to, timex); // "earlier this week" is 2021-W26, whatever day it is
            }
            int end = to;
            if (readings.best().precision() == DatePrecision.DAY && !timex.type().equals("TIME")) {
                int at = r.skip(to, ",", "at", "around", "about", "by");
                TimexClocks.Clock clock = at < r.s.to() && at > to - 1 ? clocks.clock(at) : null;
                if (clock != null && clock.to() > at && at - to <= 2) {
                    timex = new Timex("TIME", readings.best().start() + "T" + clock.value(), null);
                    end = clock.to();
                }
            }
            r.addRead(start, end, timex, readings);
            return end;
        }

        /**
         * "Feb. 1 last year", "March this year": a day or month the copy dates by the year after it, read as one
         * DATE (the reader reads neither pair, so the finders leave the day out); the end, or -1.
         */
        private int withYear(int from, int to, int year) {
            for (int k = Math.min(3, from - r.s.from()); k >= 1; k--) {
                if (!t.get(from - k).capitalized() || r.s.dateAt(from - k) != null) {
                    continue;
                }
                try {
                    DateReadings dated = reader.read(r.text(from - k, from) + " " + year);
                    if (dated.rule().startsWith("month")) {
                        Timex timex = Timex.of(r.text(from - k, to), dated);
                        r.addRead(from - k, to, timex, dated);
                        return to;
                    }
                } catch (DateExpressionException e) {
                    // not a day or month: "last year" alone
                }
            }
            return -1;
        }

        /**
         * "last Oct. 23", "next June 5": the reader reads "last Oct." and leaves the day; the day is the TIMEX3, the
         * last or next one by the word before it. The end, or -1.
         */
        private int lastMonthDay(int from, int to) {
            boolean next = t.get(from).is("next");
            if (to - from != 2 || !next && !t.get(from).is("last") || TimeWords.monthOf(t.get(from + 1).lower()) == 0
                    || to >= r.s.to() || !t.get(to).isNumber() || t.get(to).lower().length() > 2) {
                return -1;
            }
            try {
                DateReadings day = reader.read(r.text(from + 1, to + 1), r.published, next ? Bias.FUTURE : Bias.PAST);
                if (day.best().precision() != DatePrecision.DAY) {
                    return -1;
                }
                r.addRead(from + 1, to + 1, Timex.of(r.text(from + 1, to + 1), day), day);
                return to + 1;
            } catch (DateExpressionException e) {
                return -1;
            }
        }

        /** "May God", "Theresa May", "the March": a month name that is a word here; "2000 people": a count. */
        private boolean notADate(int from, int to) {
            if (to - from != 1) {
                return false;
            }
            Token only = t.get(from);
            Token before = from > r.s.from() ? t.get(from - 1) : null;
            Token after = to < r.s.to() ? t.get(to) : null;
            if (AMBIGUOUS_MONTHS.contains(only.lower())) {
                boolean first = from == r.s.from() || before.isMark() && from - 1 == r.s.from();
                boolean named = before != null && before.capitalized() && !PREPOSITIONS.contains(before.lower())
                        && !SHIFTS.contains(before.lower()) && !before.is("early") && !before.is("late");
                boolean noun = before != null && NOUN_DETERMINERS.contains(before.lower());
                boolean verb = first && after != null && !after.isMark() && !after.isNumber();
                boolean title = only.capitalized() && to + 1 < r.s.to() && (after.is("for") || after.is("of"))
                        && (t.get(to + 1).capitalized() || t.get(to + 1).is("the")); // "the March for Life"
                return named || noun || verb || title || after != null && after.capitalized() && !first;
            }
            if (after != null && after.capitalized() && !only.lower().endsWith(".") && only.lower().length() == 3
                    && TimeWords.monthOf(only.lower()) > 0) {
                return true; // "Jan Kavan": an undotted abbreviation before a capital is a name
            }
            if (isFraction(only.lower())) {
                return true; // "9/11", "2/3": in running copy a fraction or a name, not a day without a year
            }
            if (only.isNumber()) {
                boolean quantity = before != null && QUANTITY_WORDS.contains(before.lower());
                boolean counted = after != null && COUNTED.contains(after.lower());
                return quantity || counted;
            }
            return false;
        }

        private Timex periodOf(int from, int to, Timex clipped) {
            try {
                Timex period = Timex.of(r.text(from, to), reader.read(r.text(from, to), r.published));
                return new Timex(period.type(), period.value(), clipped.mod());
            } catch (DateExpressionException e) {
                return clipped;
            }
        }

        // ---- what the reader leaves to the copy

        /** "nineteen ninety-six" 1996, after a month "January nineteen ninety-seven" 1997-01 (broadcast copy). */
        private int spelledYear(int start, int at) {
            int[] spelled = TimeWords.spelledYear(t, at, r.s.to());
            if (spelled == null) {
                return -1;
            }
            int month = start < at ? TimeWords.month(t.get(start).lower()) : 0;
            String value = month > 0 ? String.format(java.util.Locale.ROOT, "%d-%02d", spelled[0], month)
                    : String.valueOf(spelled[0]);
            r.add(start, spelled[1], new Timex("DATE", value, null), List.of());
            r.remember(value, java.time.LocalDate.of(spelled[0], Math.max(month, 1), 1));
            return spelled[1];
        }

        private int scan(int i) {
            Token w = t.get(i);
            int f = TimeWords.triggers(w);
            if (f == 0 || (w.is("the") || w.is("a") || w.is("an")) && (i + 1 >= r.s.to()
                    || TimeWords.triggers(t.get(i + 1)) == 0)) {
                return -1; // most articles begin nothing: look at the word after them once
            }
            int end = -1;
            if ((f & TimeWords.CLOCK) != 0) {
                end = clocks.clockAt(i);
            }
            if (end < 0 && (f & TimeWords.PART_OF_DAY) != 0) {
                end = clocks.partOfDay(i);
            }
            if (end < 0 && (f & TimeWords.SET) != 0) {
                end = sets.set(i);
            }
            if (end < 0 && (f & TimeWords.ANCHORED) != 0) {
                end = anchors.anchored(i);
            }
            if (end < 0 && (f & TimeWords.REPORTING) != 0) {
                end = reporting.period(i);
            }
            if (end < 0 && (f & TimeWords.QUARTER) != 0) {
                end = periods.quarter(i);
            }
            if (end < 0 && (f & TimeWords.SEASON) != 0) {
                end = periods.season(i);
            }
            if (end < 0 && (f & TimeWords.CENTURY) != 0) {
                end = periods.century(i);
            }
            if (end < 0 && (f & TimeWords.QUANTITY) != 0) {
                end = spelledYear(i, i);
            }
            if (end < 0 && (f & TimeWords.QUANTITY) != 0) {
                end = durations.quantityAt(i);
            }
            if (end < 0 && (f & TimeWords.REFERENCE) != 0) {
                end = references.reference(i);
            }
            if (end < 0 && (f & TimeWords.HOLIDAY) != 0) {
                end = references.holiday(i);
            }
            if (end < 0 && (f & TimeWords.THIS_PERIOD) != 0) {
                end = references.thisPeriod(i);
            }
            return end;
        }
    }

    /** "2/3", "9/11": digits, one slash, digits, and no year. */
    private static boolean isFraction(String w) {
        int slash = w.indexOf('/');
        if (slash <= 0 || slash != w.lastIndexOf('/') || w.length() - slash - 1 > 2 || slash > 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (i != slash && !Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return slash < w.length() - 1;
    }
}
