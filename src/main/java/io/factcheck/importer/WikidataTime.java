package io.factcheck.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Wikidata time value (wikibase:timeValue, an xsd:dateTime) written at its wikibase:timePrecision as the
 * dataset's {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}: the service pads a year to {@code yyyy-01-01}, a
 * day no source gave, so the precision decides what is kept.
 */
final class WikidataTime {
    static final int YEAR = 9;
    static final int MONTH = 10;
    static final int DAY = 11;
    private static final Pattern DATE_TIME = Pattern.compile("([+-]?)(\\d{4,})-(\\d{2})-(\\d{2})T.*");
    private static final String[] COARSE = {"billion years", "hundred million years", "ten million years",
            "million years", "hundred thousand years", "ten thousand years", "millennium", "century", "decade"};

    private WikidataTime() {
    }

    /**
     * @param what      "start" or "end", for the reason
     * @param precision the wikibase:timePrecision as sent, blank when the query did not ask for it
     * @return the date at its precision
     * @throws IllegalArgumentException saying why the value is no date of the dataset
     */
    static String iso(String what, String value, String precision) {
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a date and time (yyyy-mm-ddThh:mm:ssZ)");
        }
        String year = m.group(2);
        if (m.group(1).equals("-") || year.length() > 4 || year.equals("0000")) {
            throw new IllegalArgumentException(what + " '" + value + "' is outside the years 1-9999 the dataset holds");
        }
        int p;
        try {
            p = Integer.parseInt(precision);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + value + "' comes without its precision"
                    + " (wikibase:timePrecision): the query must read it through the statement's value node (pqv:)");
        }
        if (p < YEAR) {
            throw new IllegalArgumentException(what + " '" + value + "' is given only to the "
                    + (p >= 0 ? COARSE[p] : "unknown unit") + " (precision " + p + "), coarser than a year");
        }
        try {
            // precisions 12-14 (hour, minute, second) are still a day to the dataset
            LocalDate.of(Integer.parseInt(year), p == YEAR ? 1 : Integer.parseInt(m.group(3)),
                    p >= DAY ? Integer.parseInt(m.group(4)) : 1);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a date: " + e.getMessage());
        }
        return p == YEAR ? year
                : p == MONTH ? year + "-" + m.group(3)
                : year + "-" + m.group(3) + "-" + m.group(4);
    }
}
