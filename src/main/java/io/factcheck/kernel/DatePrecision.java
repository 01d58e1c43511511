package io.factcheck.kernel;

import java.util.Locale;

/** How finely a date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, FUZZY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
