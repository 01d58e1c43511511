package io.factcheck.dates;

import java.time.DayOfWeek;

/**
 * One word (or merged phrase) of a date expression, as the lexicon understands it.
 *
 * @param word         the lower-cased word or phrase, for messages and canonical restatement
 * @param kinds        bit mask of {@link Kind}s
 * @param number       month 1-12, day, year, count (lower bound for vague counts), day offset, decade start
 * @param upper        upper bound of a vague count ("a few" = 2..4); equals number otherwise
 * @param meaning      the {@link DayOfWeek}, {@link Unit}, {@link Hedge}, {@link Part} or {@link NumericDate}
 * @param capitalized  whether the writer capitalized it: lower-case "may" alone is the verb
 * @param abbreviation a short weekday ("Sun.", "Sat") that is only trusted in front of a full date
 */
record Token(String word, int kinds, int number, int upper, Object meaning, boolean capitalized,
             boolean abbreviation) {

    static Token of(String word, int kinds, int number, Object meaning) {
        return new Token(word, kinds, number, number, meaning, false, false);
    }

    static Token unknown(String word) {
        return of(word, Kind.UNKNOWN.bit, 0, null);
    }

    boolean is(Kind kind) {
        return (kinds & kind.bit) != 0;
    }

    boolean isAny(int mask) {
        return (kinds & mask) != 0;
    }

    Token capitalized(boolean caps) {
        return caps == capitalized ? this : new Token(word, kinds, number, upper, meaning, caps, abbreviation);
    }

    DayOfWeek weekday() {
        return (DayOfWeek) meaning;
    }

    Unit unit() {
        return (Unit) meaning;
    }

    Hedge hedge() {
        return (Hedge) meaning;
    }

    Part part() {
        return (Part) meaning;
    }

    NumericDate numeric() {
        return (NumericDate) meaning;
    }

    /** A number written in letters ("five", "first"), which may combine with a preceding "twenty". */
    boolean spelledOut() {
        return Character.isLetter(word.charAt(0));
    }
}
