package io.factcheck.casualties;

import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The data behind a casualty claim's picture: the series the verifier judges the claim against, its figures over
 * time, the counts the claim's qualifier allows, and the figure the verdict rests on. When no series fits,
 * {@code series} is null and {@code reason} is the verifier's explanation.
 *
 * @param allowed      the counts the claim allows ({@code max} null: no upper bound)
 * @param observations the series' figures by date; a long daily series thinned to one a week or sparser
 * @param deciding     the figure the verdict rests on, or null
 */
public record SeriesContext(String series, String place, String event, String measure, String counter,
                            Boolean cumulative, String asOf, CasualtyReading.Range allowed, List<Point> observations,
                            Point deciding, String reason, DatasetRef dataset) {
    /** Points a picture needs at most: a daily series over years is drawn from weekly figures. */
    public static final int MAX_POINTS = 400;

    public record Point(String asOf, long value) {
    }

    /** The picture of a verdict: {@code entry} is the series it names, or null when none was chosen. */
    static SeriesContext of(Verdict verdict, CasualtyIndex.Entry entry) {
        CasualtyReading r = (CasualtyReading) verdict.claim();
        Point deciding = r.figure() == null ? null : new Point(r.figureDate(), r.figure());
        if (entry == null) {
            return new SeriesContext(null, r.placeName(), null, null, null, null, r.asOf(), r.allowed(), List.of(),
                    null, verdict.explanation(), verdict.dataset());
        }
        CasualtySeries s = entry.series();
        return new SeriesContext(s.id(), s.place().name(), s.event(), s.measure().code(), s.counter(),
                s.cumulative(), r.asOf(), r.allowed(), points(entry.figures(), deciding), deciding, null,
                verdict.dataset());
    }

    /**
     * Each day's distinct figures; beyond {@link #MAX_POINTS} days only every n-th week's, with the deciding day
     * and the last kept, so the picture still shows what decided and where the series ends.
     */
    static List<Point> points(SeriesFigures figures, Point deciding) {
        int days = figures.days();
        int step = days <= MAX_POINTS ? 1 : 7 * (int) Math.ceil(days / (7.0 * MAX_POINTS));
        LocalDate decidingDay = deciding == null ? null : LocalDate.parse(deciding.asOf());
        List<Point> out = new ArrayList<>(Math.min(days, MAX_POINTS + 2));
        for (int day = 0; day < days; day++) {
            if (day % step == 0 || day == days - 1 || figures.date(day).equals(decidingDay)) {
                for (CasualtyObservation o : figures.figures(day)) {
                    Point p = new Point(o.asOf().toString(), o.value());
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
