package io.factcheck.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases of date expressions, built once. Everything else is unknown: the reader refuses text with a
 * word it does not know rather than skip it ("883 people" is not "883").
 */
final class Lexicon {
    /** Longest phrase in words ("a little more than"). */
    static final int LONGEST_PHRASE = 4;

    /** Dropped anywhere: "the 1st of February", "the end of 2020". */
    static final Set<String> FILLERS = Set.of("the", "of");

    /** Month words that are also ordinary English words: alone and in lower case they are not read as months. */
    static final Set<String> MONTHS_THAT_ARE_WORDS = Set.of("may", "march", "august");

    static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private static final Map<String, Token> WORDS = new HashMap<>(256);
    private static final Map<String, Token> PHRASES = new HashMap<>(64);
    private static final Set<String> PHRASE_STARTS = new HashSet<>();

    private Lexicon() {
    }

    static Token word(String word) {
        return WORDS.get(word);
    }

    static boolean startsPhrase(String word) {
        return PHRASE_STARTS.contains(word);
    }

    static Token phrase(String words) {
        return PHRASES.get(words);
    }

    static String monthName(int month) {
        return MONTH_NAMES[month - 1];
    }

    static {
        String[][] monthWords = {{"january", "jan"}, {"february", "feb", "febr"}, {"march", "mar"},
                {"april", "apr"}, {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
                {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < 12; m++) {
            for (String w : monthWords[m]) {
                word(w, Kind.MONTH, m + 1, null);
            }
        }
        String[][] weekdayWords = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed", "weds"},
                {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < 7; d++) {
            DayOfWeek day = DayOfWeek.of(d + 1);
            for (int i = 0; i < weekdayWords[d].length; i++) {
                String w = weekdayWords[d][i];
                WORDS.put(w, new Token(w, Kind.WEEKDAY.bit, 0, 0, day, false, i > 0));
            }
        }
        String[] ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int n = 0; n < ones.length; n++) {
            word(ones[n], Kind.COUNT, n + 1, null);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int n = 0; n < tens.length; n++) {
            WORDS.put(tens[n], Token.of(tens[n], Kind.COUNT.bit | Kind.TENS.bit, (n + 2) * 10, null));
        }
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        for (int n = 0; n < ordinals.length; n++) {
            word(ordinals[n], Kind.DAY, n + 1, null);
        }
        word("twentieth", Kind.DAY, 20, null);
        word("thirtieth", Kind.DAY, 30, null);
        word("a", Kind.COUNT, 1, null);
        word("an", Kind.COUNT, 1, null);
        word("couple", Kind.COUNT, 2, null);
        WORDS.put("several", new Token("several", Kind.COUNT.bit, 3, 7, null, false, false));
        WORDS.put("few", new Token("few", Kind.COUNT.bit, 2, 4, null, false, false)); // "the past few days"

        for (Unit unit : Unit.values()) {
            word(unit.label, Kind.UNIT, 0, unit);
            word(unit.label + "s", Kind.UNIT, 0, unit);
        }
        for (String w : new String[] {"about", "around", "approximately", "roughly", "some", "circa"}) {
            word(w, Kind.HEDGE, 0, Hedge.ABOUT);
        }
        word("almost", Kind.HEDGE, 0, Hedge.ALMOST);
        word("nearly", Kind.HEDGE, 0, Hedge.ALMOST);
        word("over", Kind.HEDGE, 0, Hedge.MORE_THAN);
        word("upwards", Kind.HEDGE, 0, Hedge.MORE_THAN); // "upwards of": "of" is a filler
        word("under", Kind.HEDGE, 0, Hedge.LESS_THAN);

        word("early", Kind.PART, 0, Part.EARLY);
        word("beginning", Kind.PART, 0, Part.EARLY);
        word("start", Kind.PART, 0, Part.EARLY);
        word("mid", Kind.PART, 0, Part.MID);
        word("middle", Kind.PART, 0, Part.MID);
        word("late", Kind.PART, 0, Part.LATE);
        word("end", Kind.PART, 0, Part.LATE);

        word("last", Kind.LAST, 0, null);
        word("previous", Kind.LAST, 0, null);
        word("this", Kind.THIS, 0, null);
        word("current", Kind.THIS, 0, null);
        word("next", Kind.NEXT, 0, null);
        word("coming", Kind.NEXT, 0, null);
        word("past", Kind.PAST, 0, null);
        word("ago", Kind.AGO, 0, null);
        word("earlier", Kind.EARLIER, 0, null);
        word("later", Kind.LATER, 0, null);
        word("weekend", Kind.WEEKEND, 0, null);
        word("today", Kind.RELATIVE_DAY, 0, null);
        word("tonight", Kind.RELATIVE_DAY, 0, null);
        word("yesterday", Kind.RELATIVE_DAY, -1, null);
        word("tomorrow", Kind.RELATIVE_DAY, 1, null);
        for (String w : new String[] {"morning", "afternoon", "evening", "night", "noon"}) {
            word(w, Kind.TIME_OF_DAY, 0, null);
        }
        for (String w : new String[] {"on", "in", "at", "during", "back"}) {
            word(w, Kind.PREPOSITION, 0, null);
        }

        // phrases, written as they are after fillers are dropped ("a couple of" -> "a couple")
        phrase("day before yesterday", Kind.RELATIVE_DAY, -2, null);
        phrase("day after tomorrow", Kind.RELATIVE_DAY, 2, null);
        phrase("last night", Kind.RELATIVE_DAY, -1, null);
        phrase("this morning", Kind.RELATIVE_DAY, 0, null);
        phrase("this afternoon", Kind.RELATIVE_DAY, 0, null);
        phrase("this evening", Kind.RELATIVE_DAY, 0, null);
        phrase("this past", Kind.LAST, 0, null);
        phrase("a couple", Kind.COUNT, 2, null);
        PHRASES.put("a few", new Token("a few", Kind.COUNT.bit, 2, 4, null, false, false));
        PHRASE_STARTS.add("a");
        for (String w : new String[] {"more than", "well over", "at least"}) {
            phrase(w, Kind.HEDGE, 0, Hedge.MORE_THAN);
        }
        for (String w : new String[] {"less than", "fewer than"}) {
            phrase(w, Kind.HEDGE, 0, Hedge.LESS_THAN);
        }
        for (String w : new String[] {"just over", "just more than", "a little over", "a little more than",
                "slightly over", "slightly more than"}) {
            phrase(w, Kind.HEDGE, 0, Hedge.JUST_OVER);
        }
        for (String w : new String[] {"just under", "just less than", "a little under", "a little less than",
                "slightly under", "slightly less than", "not quite"}) {
            phrase(w, Kind.HEDGE, 0, Hedge.ALMOST);
        }
        phrase("close to", Kind.HEDGE, 0, Hedge.ABOUT);
        phrase("just about", Kind.HEDGE, 0, Hedge.ABOUT);
    }

    private static void word(String word, Kind kind, int number, Object meaning) {
        WORDS.put(word, Token.of(word, kind.bit, number, meaning));
    }

    private static void phrase(String words, Kind kind, int number, Object meaning) {
        PHRASES.put(words, Token.of(words, kind.bit, number, meaning));
        PHRASE_STARTS.add(words.substring(0, words.indexOf(' ')));
    }
}
