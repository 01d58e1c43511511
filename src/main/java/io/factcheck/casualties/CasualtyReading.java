package io.factcheck.casualties;

import java.util.List;

/**
 * The casualty claim as understood, returned in the verdict's {@code claim} field.
 *
 * @param place              as written
 * @param placeName          the place it was read as, if any
 * @param event              as written (null when not given)
 * @param eventUnderstood    the event of the series chosen
 * @param measure            as written
 * @param measureUnderstood  the measure of the series chosen ("killed", "deaths"), else those the word can mean
 * @param qualifier          as written (null when absent: the figure is exact)
 * @param qualifierUnderstood the qualifier's canonical phrase: "exactly", "about", "at least", "up to"
 * @param allowed            the counts the claim allows ({@code max} null: no upper bound)
 * @param roundFigure        a bare round figure read as approximate
 * @param asOfSource         where {@code asOf} came from: "asOf", "context.publishedAt" or "today"
 * @param series             the series judged against
 * @param counter            who counts it ("AAPP"), and its {@code role}: primary or alternative
 * @param source             the attribution as written in the claim, if any
 * @param countOnDate        what the data says the count was on {@code asOf}: one figure, the figures published
 *                           for the day, or the range between the figures before and after
 * @param figure             the deciding figure and its date
 * @param latestFigure       the series' latest figure and its date, when later than the deciding one
 * @param suggestedWording   an accurate, attributed way to write the figure: "at least 883 people killed,
 *                           according to AAPP (as of 28 June 2021)"
 * @param candidates         the series that fit when the claim is ambiguous
 */
public record CasualtyReading(String place, String placeName, String event, String eventUnderstood, String measure,
                              String measureUnderstood, long count, String qualifier, String qualifierUnderstood,
                              Range allowed, Boolean roundFigure, String asOf, String asOfSource, String series,
                              String counter, String role, String source, Range countOnDate, Long figure,
                              String figureDate, Long latestFigure, String latestDate, String suggestedWording,
                              List<String> candidates) {

    /** An inclusive range of counts; {@code max} null when unbounded. */
    public record Range(long min, Long max) {
        static Range of(CountInterval interval) {
            return new Range(interval.min(), interval.bounded() ? interval.max() : null);
        }
    }
}
