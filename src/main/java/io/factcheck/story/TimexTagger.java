package io.factcheck.story;

import io.factcheck.dates.Bias;
import io.factcheck.dates.DateClaimReading;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every temporal expression of the copy in TimeML's TIMEX3 terms (TimeML 1.2.1 annotation guidelines): dates and
 * times the date reader reads (with its readings, re-read ahead in a sentence about what is yet to happen), and what
 * the reader leaves to copy: durations ("almost five months" P5M APPROX), sets ("every year" P1Y), references to now
 * ("currently" PRESENT_REF), clock times ("3 p.m. Monday"), quarters, seasons, centuries, and expressions anchored on
 * the one before ("two days later"). One pass over the tokens, a map look-up per word.
 */
final class TimexTagger {
    /** Words that stand before a date without being part of it: TIMEX3 extents leave prepositions out. */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "back", "over", "by", "since",
            "until", "till", "from", "through", "throughout", "for", "of", "before", "after", "within", "around",
            "about");
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
    private static final Set<String> ZONES = Set.of("gmt", "utc", "edt", "est", "et", "cdt", "cst", "mdt", "mst",
            "pdt", "pst", "pt", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "aedt");
    private static final Set<String> LATER = Set.of("later", "afterwards", "afterward");
    private static final Set<String> ANCHOR_SHIFTS = Set.of("next", "following", "previous", "preceding", "same");
    private static final Set<String> SHIFTS = Set.of("last", "this", "next", "past", "coming", "previous");

    /** How fine a value is, for expressions anchored on it. */
    enum Grain { DAY, WEEK, MONTH, YEAR }

    private final DateExpressionReader reader;
    private final DateMentions mentions;

    TimexTagger(DateExpressionReader reader) {
        this.reader = reader;
        this.mentions = new DateMentions(reader);
    }

    /** Tags a whole text: the tagger alone, as the corpus test drives it. */
    List<StoryCheck.DateEntry> tag(String text, LocalDate published) {
        Copy copy = Copy.read(text);
        List<Sentence> sentences = new ArrayList<>(copy.sentenceCount());
        for (int i = 0; i < copy.sentenceCount(); i++) {
            int from = copy.starts[i];
            int to = copy.starts[i + 1];
            sentences.add(new Sentence(i, from, to, List.of(), mentions.find(copy, from, to, published)));
        }
        return tag(copy, sentences, published);
    }

    /** Tags the sentences of a copy whose date mentions the story check has already found. */
    List<StoryCheck.DateEntry> tag(Copy copy, List<Sentence> sentences, LocalDate published) {
        Run run = new Run(copy, published);
        for (Sentence s : sentences) {
            run.sentence(s);
        }
        return run.out;
    }

    /** A count and unit: "almost five months" is count 5, unit MONTH, mod APPROX, tokens [from, to). */
    private record Quantity(int from, String count, TimeWords.Unit unit, int to, String mod) {
    }

    private final class Run {
        final Copy copy;
        final List<Token> t;
        final LocalDate published;
        final List<StoryCheck.DateEntry> out = new ArrayList<>();
        /** The reference time: the last date the copy gave, which "two days later" counts from. */
        LocalDate ref;
        Grain refGrain;
        int refSentence = -1;
        Sentence s;

        Run(Copy copy, LocalDate published) {
            this.copy = copy;
            this.t = copy.tokens;
            this.published = published;
            this.ref = published;
            this.refGrain = Grain.DAY;
        }

        void sentence(Sentence sentence) {
            s = sentence;
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
            if (to - from == 1 && to < s.to() && TimeWords.weekday(t.get(from).lower()) > 0) {
                String part = t.get(to).lower();
                String code = part.endsWith("s") ? TimeWords.PARTS_OF_DAY.get(part.substring(0, part.length() - 1))
                        : null;
                if (code != null) { // "Monday nights": every Monday night
                    add(from, to + 1, new Timex("SET", "XXXX-WXX-" + TimeWords.weekday(t.get(from).lower()) + code,
                            null), List.of());
                    return to + 1;
                }
            }
            DateReadings readings = m.readings();
            String rule = readings.rule();
            if (rule.contains("ago") || rule.startsWith("past-period")) {
                Quantity q = quantity(from, to, true);
                if (q != null) {
                    return rule.contains("ago") ? shifted(q, from, to, published, Grain.DAY, -1)
                            : duration(q, withThe(from), to);
                }
            }
            if (rule.equals("shifted-period") && t.get(to - 1).is("year")) {
                int end = withYear(from, to, readings.best().start().getYear());
                if (end > 0) {
                    return end;
                }
            }
            if (readings.usesPublicationDate() && Tense.ahead(t, s.from(), s.to(), from, to)) {
                readings = readAhead(from, to, readings);
            }
            int start = withThe(from);
            Timex timex = Timex.of(text(start, to), readings);
            if ((rule.startsWith("earlier(") || rule.startsWith("later(")) && to - from > 1) {
                timex = periodOf(from + 1, to, timex); // "earlier this week" is 2021-W26, whatever day it is
            }
            int end = to;
            if (readings.best().precision() == DatePrecision.DAY && !timex.type().equals("TIME")) {
                int at = skip(to, ",", "at", "around", "about", "by");
                Clock clock = at < s.to() && at > to - 1 ? clock(at) : null;
                if (clock != null && clock.to() > at && at - to <= 2) {
                    timex = new Timex("TIME", readings.best().start() + "T" + clock.value(), null);
                    end = clock.to();
                }
            }
            add(start, end, timex, readings.readings().stream().map(TimexTagger::reading).toList());
            remember(timex.value(), readings.best().start());
            return end;
        }

        /**
         * "Feb. 1 last year", "March this year": a day or month the copy dates by the year after it, read as one
         * DATE (the reader reads neither pair, so the finders leave the day out); the end, or -1.
         */
        private int withYear(int from, int to, int year) {
            for (int k = Math.min(3, from - s.from()); k >= 1; k--) {
                if (!t.get(from - k).capitalized() || s.dateAt(from - k) != null) {
                    continue;
                }
                try {
                    DateReadings dated = reader.read(text(from - k, from) + " " + year);
                    if (dated.rule().startsWith("month")) {
                        Timex timex = Timex.of(text(from - k, to), dated);
                        add(from - k, to, timex, dated.readings().stream().map(TimexTagger::reading).toList());
                        remember(timex.value(), dated.best().start());
                        return to;
                    }
                } catch (DateExpressionException e) {
                    // not a day or month: "last year" alone
                }
            }
            return -1;
        }

        /** "May God", "Theresa May", "the March": a month name that is a word here; "2000 people": a count. */
        private boolean notADate(int from, int to) {
            if (to - from != 1) {
                return false;
            }
            Token only = t.get(from);
            Token before = from > s.from() ? t.get(from - 1) : null;
            Token after = to < s.to() ? t.get(to) : null;
            if (AMBIGUOUS_MONTHS.contains(only.lower())) {
                boolean first = from == s.from() || before.isMark() && from - 1 == s.from();
                boolean named = before != null && before.capitalized() && !PREPOSITIONS.contains(before.lower())
                        && !SHIFTS.contains(before.lower()) && !before.is("early") && !before.is("late");
                boolean noun = before != null && NOUN_DETERMINERS.contains(before.lower());
                boolean verb = first && after != null && !after.isMark() && !after.isNumber();
                return named || noun || verb || after != null && after.capitalized() && !first;
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
                Timex period = Timex.of(text(from, to), reader.read(text(from, to), published));
                return new Timex(period.type(), period.value(), clipped.mod());
            } catch (DateExpressionException e) {
                return clipped;
            }
        }

        private DateReadings readAhead(int from, int to, DateReadings past) {
            try {
                return reader.read(text(from, to), published, Bias.FUTURE);
            } catch (DateExpressionException e) {
                return past;
            }
        }

        // ---- what the reader leaves to the copy

        private int scan(int i) {
            Token w = t.get(i);
            int f = TimeWords.triggers(w);
            if (f == 0 || (w.is("the") || w.is("a") || w.is("an")) && (i + 1 >= s.to()
                    || TimeWords.triggers(t.get(i + 1)) == 0)) {
                return -1; // most articles begin nothing: look at the word after them once
            }
            int end = -1;
            if ((f & TimeWords.CLOCK) != 0) {
                end = clockAt(i);
            }
            if (end < 0 && (f & TimeWords.PART_OF_DAY) != 0) {
                end = partOfDay(i);
            }
            if (end < 0 && (f & TimeWords.SET) != 0) {
                end = set(i);
            }
            if (end < 0 && (f & TimeWords.ANCHORED) != 0) {
                end = anchored(i);
            }
            if (end < 0 && (f & TimeWords.QUARTER) != 0) {
                end = quarter(i);
            }
            if (end < 0 && (f & TimeWords.SEASON) != 0) {
                end = season(i);
            }
            if (end < 0 && (f & TimeWords.CENTURY) != 0) {
                end = century(i);
            }
            if (end < 0 && (f & TimeWords.QUANTITY) != 0) {
                end = quantityAt(i);
            }
            if (end < 0 && (f & TimeWords.REFERENCE) != 0) {
                end = reference(i);
            }
            if (end < 0 && (f & TimeWords.HOLIDAY) != 0) {
                end = holiday(i);
            }
            if (end < 0 && (f & TimeWords.THIS_PERIOD) != 0) {
                end = thisPeriod(i);
            }
            return end;
        }

        private int clockAt(int i) {
            Clock clock = clock(i);
            if (clock == null) {
                return -1;
            }
            // "3 p.m. Monday", "3 p.m. on Sunday": the day the copy gives, else the reference day
            int at = skip(clock.to(), "on", ",");
            DateMentions.Mention day = at < s.to() ? s.dateAt(at) : null;
            LocalDate date = ref;
            int end = clock.to();
            if (day != null && day.from() == at && day.readings().best().precision()
                    == DatePrecision.DAY) {
                date = day.readings().best().start();
                end = day.to();
            } else if (refGrain != Grain.DAY || refSentence != s.index()) {
                date = published; // a time without a day is the publication day's, unless its sentence gave a day
            }
            Timex timex = new Timex("TIME", date + "T" + clock.value(), null);
            add(i, end, timex, List.of(reading(DateSpan.day(date))));
            remember(timex.value(), date);
            return end;
        }

        /** "this morning", "last night": a day and its part, which the reader reads as one phrase. */
        private int partOfDay(int i) {
            if (i + 1 >= s.to() || !TimeWords.PARTS_OF_DAY.containsKey(t.get(i + 1).lower())
                    || !(t.get(i).is("this") || t.get(i).is("last"))) {
                return -1;
            }
            DateReadings readings;
            try {
                readings = reader.read(text(i, i + 2), published);
            } catch (DateExpressionException e) {
                return -1;
            }
            Timex timex = Timex.of(text(i, i + 2), readings);
            add(i, i + 2, timex, readings.readings().stream().map(TimexTagger::reading).toList());
            remember(timex.value(), readings.best().start());
            return i + 2;
        }

        /** "Christmas", "Christmas Eve", "New Year's Day": the day, by the sentence's tense, as a month and day is. */
        private int holiday(int i) {
            Token w = t.get(i);
            if (!w.capitalized()) {
                return -1;
            }
            int end = i + 1;
            String day = null;
            if (w.is("christmas")) {
                boolean eve = end < s.to() && t.get(end).is("eve");
                day = eve ? "December 24" : "December 25";
                end += eve || end < s.to() && t.get(end).is("day") && t.get(end).capitalized() ? 1 : 0;
            } else if (w.is("new") && w.possessive() == false && end + 1 < s.to() && t.get(end).is("year")
                    && t.get(end).possessive() && (t.get(end + 1).is("day") || t.get(end + 1).is("eve"))) {
                day = t.get(end + 1).is("eve") ? "December 31" : "January 1";
                end += 2;
            } else if (w.is("halloween")) {
                day = "October 31";
            } else if (w.is("valentine") && w.possessive() && end < s.to() && t.get(end).is("day")) {
                day = "February 14";
                end++;
            }
            if (day == null) {
                return -1;
            }
            try {
                boolean ahead = Tense.ahead(t, s.from(), s.to(), i, end);
                DateReadings readings = reader.read(day, published, ahead ? Bias.FUTURE : Bias.PAST);
                Timex timex = new Timex("DATE", readings.best().start().toString(), null);
                add(i, end, timex, readings.readings().stream().map(TimexTagger::reading).toList());
                remember(timex.value(), readings.best().start());
                return end;
            } catch (DateExpressionException e) {
                return -1;
            }
        }

        /** "the end of the year", "the beginning of the month": the publication date's year or month, with a mod. */
        private int thisPeriod(int i) {
            if (i + 4 >= s.to() || !t.get(i).is("the") || !t.get(i + 2).is("of") || !t.get(i + 3).is("the")) {
                return -1;
            }
            String part = t.get(i + 1).lower();
            String mod = part.equals("end") ? "END" : part.equals("beginning") || part.equals("start") ? "START"
                    : part.equals("middle") ? "MID" : null;
            String unit = t.get(i + 4).lower();
            String value = unit.equals("year") ? String.valueOf(published.getYear())
                    : unit.equals("month") ? published.toString().substring(0, 7)
                    : unit.equals("week") ? value(published, Grain.WEEK) : null;
            if (mod == null || value == null) {
                return -1;
            }
            add(i, i + 5, new Timex("DATE", value, mod), List.of());
            return i + 5;
        }

        /** "every year", "each Monday", "twice a week", "daily", "on Mondays". */
        private int set(int i) {
            Token w = t.get(i);
            String lower = w.lower();
            String frequency = TimeWords.FREQUENCIES.get(lower);
            if (frequency != null && (!w.capitalized() || i == s.from())) {
                add(i, i + 1, new Timex("SET", frequency, null), List.of());
                return i + 1;
            }
            if (w.capitalized() && lower.endsWith("s") && TimeWords.weekday(lower.substring(0, lower.length() - 1)) > 0
                    && !w.possessive()) {
                add(i, i + 1, new Timex("SET", "XXXX-WXX-" + TimeWords.weekday(lower.substring(0, lower.length() - 1)),
                        null), List.of());
                return i + 1;
            }
            int at = i;
            if (w.is("once") || w.is("twice") || w.is("thrice")) {
                at = i + 1;
            } else if (TimeWords.count(w) != null && i + 1 < s.to() && t.get(i + 1).is("times")) {
                at = i + 2;
            }
            if (at > i) {
                if (at + 1 < s.to() && (t.get(at).is("a") || t.get(at).is("an") || t.get(at).is("per")
                        || t.get(at).is("every") || t.get(at).is("each"))) {
                    TimeWords.Unit unit = TimeWords.UNITS.get(t.get(at + 1).lower());
                    if (unit != null) {
                        add(i, at + 2, new Timex("SET", unit.duration("1"), null), List.of());
                        return at + 2;
                    }
                }
                return -1;
            }
            if (!(w.is("every") || w.is("each")) || i + 1 >= s.to()) {
                return -1;
            }
            int j = i + 1;
            String count = "1";
            if (t.get(j).is("other") && j + 1 < s.to()) {
                count = "2";
                j++;
            } else if (TimeWords.count(t.get(j)) != null && j + 1 < s.to() && !t.get(j).is("a")) {
                count = TimeWords.count(t.get(j));
                j++;
            }
            String next = t.get(j).lower();
            TimeWords.Unit unit = TimeWords.UNITS.get(next);
            String value = null;
            if (unit != null) {
                value = unit.duration(count);
            } else if (TimeWords.weekday(next) > 0) {
                value = "XXXX-WXX-" + TimeWords.weekday(next);
            } else if (TimeWords.month(next) > 0 && t.get(j).capitalized()) {
                value = String.format(Locale.ROOT, "XXXX-%02d", TimeWords.month(next));
            } else if (TimeWords.PARTS_OF_DAY.containsKey(next)) {
                value = "XXXX-XX-XX" + TimeWords.PARTS_OF_DAY.get(next);
            } else if (next.equals("weekend")) {
                value = "XXXX-WXX-WE";
            } else if (TimeWords.SEASONS.containsKey(next)) {
                value = "XXXX-" + TimeWords.SEASONS.get(next);
            }
            if (value == null) {
                return -1;
            }
            add(i, j + 1, new Timex("SET", value, null), List.of());
            return j + 1;
        }

        /** "the next day", "the following week", "the same day", "that year": from the reference time. */
        private int anchored(int i) {
            Token w = t.get(i);
            int j;
            int shift;
            if (w.is("the") && i + 2 < s.to() && ANCHOR_SHIFTS.contains(t.get(i + 1).lower())) {
                String how = t.get(i + 1).lower();
                shift = how.equals("same") ? 0 : how.equals("previous") || how.equals("preceding") ? -1 : 1;
                j = i + 2;
            } else if (w.is("that") && i + 1 < s.to()) {
                String part = TimeWords.PARTS_OF_DAY.get(t.get(i + 1).lower());
                if (part != null && refGrain == Grain.DAY) { // "that night": the part of the day the copy gave
                    Timex timex = new Timex("TIME", ref + part, null);
                    add(i, i + 2, timex, List.of(reading(DateSpan.day(ref))));
                    return i + 2;
                }
                shift = 0;
                j = i + 1;
            } else {
                return -1;
            }
            TimeWords.Unit unit = TimeWords.UNITS.get(t.get(j).lower());
            if (unit == null || unit.clock || !t.get(j).lower().equals(unit.name().toLowerCase(Locale.ROOT))
                    || unit.times > 1 && unit != TimeWords.Unit.FORTNIGHT) {
                return -1;
            }
            return shifted(new Quantity(i, String.valueOf(Math.abs(shift)), unit, j + 1, null), i, j + 1, ref,
                    refGrain, shift < 0 ? -1 : 1);
        }

        /** "the first quarter" 2021-Q1, "Q3 2020", "the second half of 2020" 2020-H2. */
        private int quarter(int i) {
            int j = t.get(i).is("the") ? i + 1 : i;
            if (j >= s.to()) {
                return -1;
            }
            String lower = t.get(j).lower();
            String which = null;
            String part = "Q";
            int end;
            if (lower.length() == 2 && lower.charAt(0) == 'q' && lower.charAt(1) >= '1' && lower.charAt(1) <= '4'
                    && t.get(j).capitalized()) {
                which = lower.substring(1);
                end = j + 1;
            } else if (lower.endsWith("-quarter") && TimeWords.ORDINALS.containsKey(lower.substring(0, lower.length() - 8))) {
                which = TimeWords.ORDINALS.get(lower.substring(0, lower.length() - 8));
                end = j + 1;
            } else if (lower.endsWith("-half") && TimeWords.ORDINALS.containsKey(lower.substring(0, lower.length() - 5))
                    && j + 1 < s.to() && t.get(j + 1).isWord()) {
                which = TimeWords.ORDINALS.get(lower.substring(0, lower.length() - 5)); // "second-half sales"
                part = "H";
                end = j + 1;
                if (which.compareTo("2") > 0) {
                    return -1;
                }
            } else if (j + 1 < s.to() && TimeWords.ORDINALS.containsKey(lower)
                    && (t.get(j + 1).is("quarter") || t.get(j + 1).is("half"))) {
                which = TimeWords.ORDINALS.get(lower);
                part = t.get(j + 1).is("half") ? "H" : "Q";
                end = j + 2;
                if (part.equals("H") && which.compareTo("2") > 0) {
                    return -1;
                }
            } else {
                return -1;
            }
            int year = -1;
            if (end + 1 < s.to() && t.get(end).is("of") && year(t.get(end + 1)) > 0) {
                year = year(t.get(end + 1));
                end += 2;
            } else if (end < s.to() && year(t.get(end)) > 0 && part.equals("Q")) {
                year = year(t.get(end));
                end++;
            } else if (end + 2 < s.to() && t.get(end).is("of") && (t.get(end + 1).is("this") || t.get(end + 1).is("last")
                    || t.get(end + 1).is("next") || t.get(end + 1).is("the")) && t.get(end + 2).is("year")) {
                String shift = t.get(end + 1).lower();
                year = published.getYear() + (shift.equals("last") ? -1 : shift.equals("next") ? 1 : 0);
                end += 3;
            } else if (part.equals("H") && end - j > 1) {
                return -1; // "the first half" of a match, a century...
            }
            int n = which.charAt(0) - '0';
            int months = part.equals("Q") ? 3 : 6;
            if (year < 0) {
                year = published.getYear();
                LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
                boolean ahead = Tense.ahead(t, s.from(), s.to(), i, end);
                if (ahead && start.plusMonths(months).isBefore(published.plusDays(1))) {
                    year++;
                } else if (!ahead && start.isAfter(published)) {
                    year--;
                }
            }
            LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
            Timex timex = new Timex("DATE", year + "-" + part + n, null);
            add(i, end, timex, List.of(reading(new DateSpan(start, start.plusMonths(months).minusDays(1),
                    DatePrecision.FUZZY))));
            return end;
        }

        /** "last summer" 2020-SU, "the summer of 2019", "in the spring", "early winter". */
        private int season(int i) {
            int j = i;
            String shift = null;
            String mod = null;
            if (t.get(j).is("the")) {
                j++;
            }
            if (j < s.to() && SHIFTS.contains(t.get(j).lower())) {
                shift = t.get(j).lower();
                j++;
            } else if (j < s.to() && (t.get(j).is("early") || t.get(j).is("late") || t.get(j).is("mid"))) {
                mod = t.get(j).is("early") ? "START" : t.get(j).is("late") ? "END" : "MID";
                j++;
            }
            if (j >= s.to()) {
                return -1;
            }
            Token w = t.get(j);
            String code = TimeWords.SEASONS.get(w.lower());
            if (code == null || w.capitalized() && j != s.from()) {
                return -1;
            }
            int end = j + 1;
            int year = -1;
            if (end + 1 < s.to() && t.get(end).is("of") && year(t.get(end + 1)) > 0) {
                year = year(t.get(end + 1));
                end += 2;
            } else if (end < s.to() && year(t.get(end)) > 0) {
                year = year(t.get(end));
                end++;
            }
            boolean ambiguous = w.is("spring") || w.is("fall");
            if (shift == null && year < 0) {
                Token before = i > s.from() ? t.get(i - 1) : null;
                boolean framed = t.get(i).is("the") && before != null && PREPOSITIONS.contains(before.lower())
                        || !ambiguous && (i == j && before != null && PREPOSITIONS.contains(before.lower()) || mod != null
                        || t.get(i).is("the"));
                boolean ofSomething = end < s.to() && t.get(end).is("of");
                if (!framed || ofSomething) {
                    return -1;
                }
            }
            int start = i;
            if (year < 0) {
                year = seasonYear(code, shift, Tense.ahead(t, s.from(), s.to(), i, end));
            }
            add(start, end, new Timex("DATE", year + "-" + code, mod), List.of());
            return end;
        }

        /** The year of a season: the one that has begun by the publication date, or the one to come. */
        private int seasonYear(String code, String shift, boolean ahead) {
            int startMonth = TimeWords.SEASON_START.get(code);
            int year = published.getYear();
            LocalDate start = LocalDate.of(year, startMonth, 1);
            if (code.equals("WI") && published.getMonthValue() <= 2) {
                start = start.minusYears(1);
            }
            LocalDate end = start.plusMonths(3).minusDays(1);
            boolean begun = !start.isAfter(published);
            boolean over = end.isBefore(published);
            int current = start.getYear();
            if ("last".equals(shift) || "past".equals(shift) || "previous".equals(shift)) {
                return over ? current : current - 1;
            }
            if ("next".equals(shift) || "coming".equals(shift)) {
                return begun ? current + 1 : current;
            }
            if ("this".equals(shift)) {
                return current;
            }
            if (ahead) {
                return over ? current + 1 : current;
            }
            return begun ? current : current - 1;
        }

        /** "the 19th century" 18, "this century" 20. */
        private int century(int i) {
            int j = t.get(i).is("the") ? i + 1 : i;
            if (j + 1 >= s.to() || !t.get(j + 1).is("century")) {
                return -1;
            }
            String w = t.get(j).lower();
            int n;
            if (w.equals("this") || w.equals("last") || w.equals("next")) {
                n = published.getYear() / 100 + 1 + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
            } else if (w.length() >= 3 && w.length() <= 4 && Character.isDigit(w.charAt(0))
                    && Character.isDigit(w.charAt(w.length() - 3)) && (w.endsWith("th")
                    || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd"))) {
                n = Integer.parseInt(w.substring(0, w.length() - 2));
            } else {
                return -1;
            }
            if (n < 1 || n > 30) {
                return -1;
            }
            add(i, j + 2, new Timex("DATE", String.format(Locale.ROOT, "%02d", n - 1), null), List.of());
            return j + 2;
        }

        /** Durations ("almost five months", "a week-long"), "N units ago" and "N units later". */
        private int quantityAt(int i) {
            Token w = t.get(i);
            if (w.lower().indexOf('-') > 0 && w.isWord()) {
                return hyphenated(i, i);
            }
            if ((w.is("a") || w.is("an")) && i + 1 < s.to() && t.get(i + 1).lower().indexOf('-') > 0) {
                int end = hyphenated(i, i + 1);
                return end < 0 ? -1 : end;
            }
            int from = i;
            boolean window = false;
            if (w.is("the") && i + 2 < s.to() && (SHIFTS.contains(t.get(i + 1).lower()) || t.get(i + 1).is("first")
                    || t.get(i + 1).is("final") || t.get(i + 1).is("following"))) {
                from = i + 2; // "the next two weeks", "the first six months"
                window = true;
            }
            Quantity q = quantity(from, s.to(), false);
            if (q == null) {
                return window || w.isWord() && TimeWords.UNITS.containsKey(w.lower()) ? uncounted(i, from) : -1;
            }
            Token after = q.to() < s.to() ? t.get(q.to()) : null;
            boolean counted = after != null && (after.is("ago") || after.is("later") || after.is("earlier"));
            if (!window && !counted && i > s.from() && (t.get(i).is("a") || t.get(i).is("an"))) {
                Token before = t.get(i - 1);
                if (before.isNumber() || before.lower().startsWith("$") || before.is("percent")
                        || before.is("cent") || before.isMark('%') || before.is("million") || before.is("billion")) {
                    // "$5 a day", "5 percent a year": a rate, which TimeML marks as a SET
                    add(i, q.to(), new Timex("SET", q.unit().duration("1"), null), List.of());
                    return q.to();
                }
            }
            if (after != null && (after.is("old") || after.is("younger") || after.is("older"))) {
                return q.to(); // an age: "five years old"
            }
            if (!window && after != null && after.is("ago")) {
                return shifted(q, i, q.to() + 1, published, Grain.DAY, -1);
            }
            if (!window && after != null && (LATER.contains(after.lower()) || after.is("earlier"))) {
                return shifted(q, i, q.to() + 1, ref, refGrain, after.is("earlier") ? -1 : 1);
            }
            return duration(q, i, q.to());
        }

        /**
         * "the coming days", "the past months": a duration of no stated length (PXD, PXM); "years ago": the past.
         * {@code at} is the unit's place for the first form, the word after "the coming" for the second.
         */
        private int uncounted(int i, int at) {
            Token unit = t.get(at);
            String lower = unit.lower();
            if (!lower.endsWith("s") || !TimeWords.UNITS.containsKey(lower)) {
                return -1;
            }
            if (at == i) { // a bare plural: only "years ago"
                if (at + 1 < s.to() && t.get(at + 1).is("ago")) {
                    add(i, at + 2, new Timex("DATE", "PAST_REF", null), List.of());
                    return at + 2;
                }
                return -1;
            }
            add(i, at + 1, new Timex("DURATION", TimeWords.UNITS.get(lower).duration(null), null), List.of());
            return at + 1;
        }

        /** "week-long", "five-year", "24-hour", "a week-long": a duration as an adjective; "30-year-old" is an age. */
        private int hyphenated(int start, int at) {
            String[] parts = t.get(at).lower().split("-");
            int last = parts.length - 1;
            if (parts[last].equals("long") && last > 0) {
                last--;
            }
            if (parts[parts.length - 1].equals("old")) {
                return at + 1;
            }
            TimeWords.Unit unit = TimeWords.UNITS.get(parts[last]);
            if (unit == null || last == 0 && parts.length == 1) {
                return -1;
            }
            if (parts[last].endsWith("s")) { // "months-long": no stated length
                if (last != 0 || parts.length != 2) {
                    return -1;
                }
                add(at, at + 1, new Timex("DURATION", unit.duration(null), null), List.of());
                return at + 1;
            }
            String count;
            if (last == 0) {
                count = "1"; // "week-long"
            } else {
                String joined = String.join("-", java.util.Arrays.copyOfRange(parts, 0, last));
                Integer spelled = TimeWords.NUMBERS.get(joined);
                count = spelled != null ? String.valueOf(spelled) : digits(joined);
                if (count == null && last == 2) {
                    Integer tens = TimeWords.NUMBERS.get(parts[0]);
                    Integer ones = TimeWords.NUMBERS.get(parts[1]);
                    count = tens != null && ones != null && tens >= 20 && ones < 10 ? String.valueOf(tens + ones)
                            : null;
                }
                if (count == null) {
                    return -1;
                }
                start = at; // "a five-year plan": the article belongs to the plan
            }
            add(start, at + 1, new Timex("DURATION", unit.duration(count), null), List.of());
            return at + 1;
        }

        private int duration(Quantity q, int start, int end) {
            add(start, end, new Timex("DURATION", q.count().equals("half") ? half(q.unit()) : q.unit().duration(q.count()),
                    q.mod()), List.of());
            return end;
        }

        /** "five months ago" from the publication date, "two days later" from the reference time. */
        private int shifted(Quantity q, int start, int end, LocalDate from, Grain fromGrain, int sign) {
            if (q.count().equals("X") || q.count().equals("half") || q.count().indexOf('.') >= 0) {
                add(start, end, new Timex("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", q.mod()), List.of());
                return end;
            }
            long n = (long) Integer.parseInt(q.count()) * q.unit().times * sign;
            LocalDate date;
            Grain grain;
            switch (q.unit()) {
                case SECOND, MINUTE, HOUR, DAY -> {
                    date = q.unit() == TimeWords.Unit.DAY ? from.plusDays(n) : from;
                    grain = Grain.DAY;
                }
                case WEEK, FORTNIGHT -> {
                    date = from.plusWeeks(n);
                    grain = Grain.WEEK;
                }
                case MONTH -> {
                    date = from.plusMonths(n);
                    grain = Grain.MONTH;
                }
                default -> {
                    date = from.plusYears(n);
                    grain = Grain.YEAR;
                }
            }
            if (fromGrain.ordinal() > grain.ordinal()) {
                grain = fromGrain; // "a day later" after "in 2015": no finer than the year
            }
            String value = value(date, grain);
            add(start, end, new Timex("DATE", value, q.mod()), List.of(reading(span(date, grain))));
            remember(value, date);
            return end;
        }

        /** "now", "currently", "recently", "the past", "the future", "the present day". */
        private int reference(int i) {
            Token w = t.get(i);
            String value = TimeWords.REFERENCES.get(w.lower());
            if (value != null && (!w.capitalized() || i == s.from())) {
                add(i, i + 1, new Timex("DATE", value, null), List.of());
                return i + 1;
            }
            if ((w.is("recent") || w.is("some")) && i + 1 < s.to() && TimeWords.UNITS.containsKey(t.get(i + 1).lower())
                    && t.get(i + 1).lower().endsWith("s")) {
                TimeWords.Unit unit = TimeWords.UNITS.get(t.get(i + 1).lower());
                add(i, i + 2, new Timex("DURATION", unit.duration(null), null), List.of()); // "recent years" PXY
                return i + 2;
            }
            if (w.is("present") && i > s.from() && t.get(i - 1).is("at")) {
                add(i, i + 1, new Timex("DATE", "PRESENT_REF", null), List.of());
                return i + 1;
            }
            if (w.is("these") && i + 1 < s.to() && t.get(i + 1).is("days")) {
                add(i, i + 2, new Timex("DATE", "PRESENT_REF", null), List.of());
                return i + 2;
            }
            if (!w.is("the") && !w.is("future") || i + 1 >= s.to() && !w.is("future")) {
                return -1;
            }
            int j = w.is("the") ? i + 1 : i;
            if ((t.get(j).is("near") || t.get(j).is("foreseeable") || t.get(j).is("distant")) && j + 1 < s.to()) {
                j++;
            }
            String lower = t.get(j).lower();
            Token after = j + 1 < s.to() ? t.get(j + 1) : null;
            // "the future holds", "in the future, ...": not "the future president"
            boolean ends = after == null || after.isMark() || !after.isWord() || PREPOSITIONS.contains(after.lower())
                    || after.is("and") || after.is("or") || after.is("will") || after.capitalized()
                    || after.lower().endsWith("s") || after.lower().endsWith("ed");
            if (lower.equals("future") && (w.is("the") || i > s.from() && t.get(i - 1).is("in")) && ends) {
                add(i, j + 1, new Timex("DATE", "FUTURE_REF", null), List.of());
                return j + 1;
            }
            if (lower.equals("past") && w.is("the") && ends && !(after != null && after.is("few"))) {
                add(i, j + 1, new Timex("DATE", "PAST_REF", null), List.of());
                return j + 1;
            }
            if (lower.equals("present") && w.is("the") && after != null && after.is("day")) {
                add(i, j + 2, new Timex("DATE", "PRESENT_REF", null), List.of());
                return j + 2;
            }
            return -1;
        }

        // ---- helpers

        /**
         * A count and unit from token {@code i}: [qualifier] count unit, "a few days", "a couple of weeks", "half an
         * hour". Inside a reader's mention, a leading "the past" or "the last" is skipped.
         */
        private Quantity quantity(int i, int to, boolean inMention) {
            int c = i;
            while (inMention && c < to && (t.get(c).is("the") || t.get(c).is("past") || t.get(c).is("last")
                    || t.get(c).is("this") || PREPOSITIONS.contains(t.get(c).lower()) && !t.get(c).is("about")
                    && !t.get(c).is("over") && !t.get(c).is("around"))) {
                c++;
            }
            String mod = null;
            if (c < to) {
                TimeWords.Qualifier q = TimeWords.qualifierAt(t, c, to);
                if (q != null) {
                    mod = q.mod();
                    c += q.words();
                }
            }
            if (c >= to) {
                return null;
            }
            Token ct = t.get(c);
            String count;
            int u;
            if ((ct.is("a") || ct.is("an")) && c + 2 <= to && (t.get(c + 1).is("few") || t.get(c + 1).is("couple"))) {
                count = t.get(c + 1).is("few") ? "X" : "2";
                u = c + 2;
                if (u < to && t.get(u).is("of")) {
                    u++;
                }
            } else if (ct.is("half") && c + 1 < to && (t.get(c + 1).is("a") || t.get(c + 1).is("an"))) {
                count = "half";
                u = c + 2;
            } else {
                count = TimeWords.count(ct);
                u = c + 1;
                if (count == null) {
                    return inMention ? pastOne(i, c, to, mod) : null;
                }
            }
            if (u >= to || u >= t.size()) {
                return null;
            }
            TimeWords.Unit unit = TimeWords.UNITS.get(t.get(u).lower());
            if (unit == null || unit == TimeWords.Unit.SECOND && (ct.is("a") || ct.is("an"))) {
                return null;
            }
            if (count.equals("1") && t.get(u).lower().endsWith("s") && !ct.is("one")) {
                return null; // "a days": no
            }
            return new Quantity(i, count, unit, u + 1, mod);
        }

        /** "the past week": one unit. */
        private Quantity pastOne(int i, int c, int to, String mod) {
            TimeWords.Unit unit = c < to ? TimeWords.UNITS.get(t.get(c).lower()) : null;
            return unit == null ? null : new Quantity(i, "1", unit, c + 1, mod);
        }

        private record Clock(int to, String value) {
        }

        /** "3 p.m.", "10:30 a.m.", "15:00 GMT", "noon", "midnight", "3pm" from token i, or null. */
        private Clock clock(int i) {
            Token w = t.get(i);
            String lower = w.lower();
            if (w.is("noon") || w.is("midday")) {
                return framedClock(i) ? new Clock(i + 1, "12:00") : null;
            }
            if (w.is("midnight")) {
                return framedClock(i) ? new Clock(i + 1, "24:00") : null;
            }
            int hour;
            int minute = 0;
            int j;
            String half = null;
            if (w.isWord() && lower.length() >= 3 && Character.isDigit(lower.charAt(0))
                    && (lower.endsWith("am") || lower.endsWith("pm"))) {
                String digits = lower.substring(0, lower.length() - 2);
                if (digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                hour = Integer.parseInt(digits);
                half = lower.substring(lower.length() - 2);
                j = i + 1;
            } else if (w.isNumber() && lower.length() == 4 && lower.indexOf('.') < 0 && lower.indexOf(',') < 0
                    && i + 1 < s.to() && (t.get(i + 1).is("gmt") || t.get(i + 1).is("utc"))) {
                hour = Integer.parseInt(lower.substring(0, 2)); // "0800 GMT"
                minute = Integer.parseInt(lower.substring(2));
                j = i + 1;
                half = "";
            } else if (w.isNumber() && lower.length() <= 2 && lower.indexOf('.') < 0) {
                hour = Integer.parseInt(lower);
                j = i + 1;
                if (j + 1 < s.to() && t.get(j).isMark(':') && t.get(j + 1).isNumber() && t.get(j + 1).lower().length() == 2) {
                    minute = Integer.parseInt(t.get(j + 1).lower());
                    j += 2;
                } else if (j + 1 < s.to() && t.get(j).isMark(':') && t.get(j + 1).isWord()
                        && t.get(j + 1).lower().length() == 4 && Character.isDigit(t.get(j + 1).lower().charAt(0))) {
                    String mm = t.get(j + 1).lower(); // "10:30pm"
                    if (!Character.isDigit(mm.charAt(1)) || !(mm.endsWith("am") || mm.endsWith("pm"))) {
                        return null;
                    }
                    minute = Integer.parseInt(mm.substring(0, 2));
                    half = mm.substring(2);
                    j += 2;
                }
                if (half == null && j < s.to()) {
                    String next = t.get(j).lower();
                    if (next.equals("a.m") || next.equals("p.m") || next.equals("am") || next.equals("pm")) {
                        half = next.startsWith("a") ? "am" : "pm";
                        j++;
                    } else if (next.equals("o'clock")) {
                        half = "";
                        j++;
                    }
                }
                if (half == null && (j == i + 1 || !framedClock(i) && !(j < s.to() && (t.get(j).is("gmt")
                        || t.get(j).is("utc") || t.get(j).is("local"))))) {
                    return null;
                }
            } else {
                return null;
            }
            if (minute > 59 || hour > 23 || half != null && !half.isEmpty() && (hour < 1 || hour > 12)) {
                return null;
            }
            if (j < s.to() && ZONES.contains(t.get(j).lower()) && t.get(j).text().toUpperCase(Locale.ROOT)
                    .equals(t.get(j).text())) {
                j++; // "5 p.m. EDT": the zone is part of the time (its value stays the local clock's)
            } else if (j + 1 < s.to() && t.get(j).is("local") && t.get(j + 1).is("time")) {
                j += 2;
            }
            if ("pm".equals(half) && hour < 12) {
                hour += 12;
            } else if ("am".equals(half) && hour == 12) {
                hour = 0;
            }
            return new Clock(j, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
        }

        private boolean framedClock(int i) {
            if (i <= s.from()) {
                return false;
            }
            String before = t.get(i - 1).lower();
            return before.equals("at") || before.equals("by") || before.equals("until") || before.equals("after")
                    || before.equals("before") || before.equals("around") || before.equals("from")
                    || before.equals("since") || before.equals("till") || s.dateAt(i - 1) != null;
        }

        /** A leading "the" belongs to an expression that is not a calendar date: "the weekend", "the 1990s". */
        private int withThe(int from) {
            Token first = t.get(from);
            boolean calendar = first.isNumber() || first.capitalized();
            return !calendar && from > s.from() && t.get(from - 1).is("the") ? from - 1 : from;
        }

        private int skip(int at, String... words) {
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

        private String text(int from, int to) {
            Token last = t.get(to - 1);
            return copy.text.substring(t.get(from).start(), last.possessive() ? last.end() - 2 : last.end());
        }

        private void add(int from, int to, Timex timex, List<DateClaimReading.Span> readings) {
            int start = t.get(from).start();
            Token last = t.get(to - 1);
            int end = last.possessive() ? last.end() - 2 : last.end();
            out.add(new StoryCheck.DateEntry(new StoryCheck.TextSpan(start, end), copy.text.substring(start, end),
                    timex.type(), timex.value(), timex.mod(), readings));
        }

        /** A date the copy gave becomes the reference time of what follows. */
        private void remember(String value, LocalDate start) {
            Grain grain = grainOf(value);
            if (grain != null) {
                ref = start;
                refGrain = grain;
                refSentence = s.index();
            }
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

    private static String half(TimeWords.Unit unit) {
        return switch (unit) {
            case HOUR -> "PT30M";
            case DAY -> "PT12H";
            case YEAR -> "P6M";
            case DECADE -> "P5Y";
            case CENTURY -> "P50Y";
            default -> unit.duration("0.5");
        };
    }

    private static String digits(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return s;
    }

    /** A four-digit year token, or -1. */
    private static int year(Token t) {
        String w = t.lower();
        if (!t.isNumber() || w.length() != 4) {
            return -1;
        }
        int y = Integer.parseInt(w);
        return y >= 1000 && y <= 2999 ? y : -1;
    }

    static Grain grainOf(String value) {
        if (value.length() < 4 || !Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(3))) {
            return null;
        }
        if (value.length() == 4) {
            return Grain.YEAR;
        }
        if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
            return Grain.MONTH;
        }
        if (value.length() == 8 && value.charAt(5) == 'W') {
            return Grain.WEEK;
        }
        if (value.length() >= 10 && Character.isDigit(value.charAt(8))) {
            return Grain.DAY;
        }
        return null;
    }

    static String value(LocalDate date, Grain grain) {
        return switch (grain) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    private static DateSpan span(LocalDate date, Grain grain) {
        return switch (grain) {
            case DAY -> DateSpan.day(date);
            case WEEK -> {
                LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
                yield new DateSpan(monday, monday.plusDays(6), DatePrecision.FUZZY);
            }
            case MONTH -> DateSpan.month(java.time.YearMonth.from(date));
            case YEAR -> DateSpan.year(date.getYear());
        };
    }

    static DateClaimReading.Span reading(DateSpan span) {
        return new DateClaimReading.Span(span.start().toString(), span.end().toString(),
                span.precision().name().toLowerCase(Locale.ROOT));
    }
}
