package io.factcheck.dates;

/**
 * What a token can stand for. One token may be several kinds at once ("1" is a day and a count, "2021" a year and a
 * count), so rules match on bit masks rather than on a single kind.
 */
enum Kind {
    MONTH, WEEKDAY, DAY, YEAR, COUNT, DECADE, NUMERIC, UNIT, HEDGE, PART,
    LAST, THIS, NEXT, PAST, AGO, RELATIVE_DAY, TIME_OF_DAY, WEEKEND, EARLIER, LATER,
    PREPOSITION, TENS, UNKNOWN;

    final int bit = 1 << ordinal();

    static int any(Kind... kinds) {
        int mask = 0;
        for (Kind kind : kinds) {
            mask |= kind.bit;
        }
        return mask;
    }
}
