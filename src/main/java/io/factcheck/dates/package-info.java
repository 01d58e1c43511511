/**
 * The dates wing's reader of written dates: {@link io.factcheck.dates.DateExpressionReader} turns "Feb. 1",
 * "Sunday night", "almost five months ago" or "2/1/2021" into every {@link io.factcheck.kernel.DateSpan} it may mean.
 * Plain Java, no framework. The decisions, each documented where it is implemented:
 * <ul>
 *   <li>Past bias ({@link io.factcheck.dates.PastBias}): a date without a year is the most recent occurrence begun on
 *   or before the publication date; "Feb. 29" is the most recent Feb. 29 that existed.</li>
 *   <li>Weekdays and relative periods ({@link io.factcheck.dates.RelativeForms}): "Sunday" is the most recent Sunday
 *   on or before the publication date; "Sunday night" is that Sunday; "last Friday" may have two readings;
 *   future forms ("next Monday", "this November", "tomorrow") resolve forward. Weeks run Monday to Sunday.</li>
 *   <li>"N units ago" and its hedges ({@link io.factcheck.dates.Hedge}); "early/mid/late"
 *   ({@link io.factcheck.dates.Part}).</li>
 *   <li>All-digit dates ({@link io.factcheck.dates.AbsoluteForms#numeric}): slashes are ambiguous (month-first
 *   reading first), dots are day-first, year-first is year-month-day.</li>
 *   <li>Nothing is guessed: unknown words, non-dates, impossible dates and anchor-less relative dates throw
 *   {@link io.factcheck.dates.DateExpressionException} with a {@link io.factcheck.dates.DateExpressionException.Reason}.</li>
 * </ul>
 * The corpora in {@code src/test/resources/io/factcheck/dates/} are the executable specification.
 */
package io.factcheck.dates;
