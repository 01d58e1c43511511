package io.factcheck.dates;

/**
 * Which way a date without a year (or a bare weekday, "the weekend") points from the publication date. News copy
 * mostly reports what has happened ({@link #PAST}, the default: see {@link PastBias}); a sentence about what is yet to
 * happen ("elections will be held in November") reads them ahead ({@link #FUTURE}: the first occurrence on or after
 * the publication date). Explicit words ("last", "next", "ago", a year) are read the same either way.
 */
public enum Bias {
    PAST, FUTURE
}
