package io.factcheck.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One counter's series of a Tech for Palestine file, one per measure, made when its first figure is read. Each
 * figure's quote names the file, the report's date, the field and the row's counter, so the evidence of a verdict
 * says exactly where its figure was read.
 */
final class TfpSeries {

    /** A file's place, event and source, shared by its counters' series. */
    record Area(CasualtyDraft out, SourceRow source, String file, String place, String event,
                List<String> eventWords) {

        TfpSeries counter(String idPrefix, String counter, String role, String counting, String note) {
            return new TfpSeries(this, idPrefix, counter, role, counting, note);
        }

        /** Registers the source, current to the file's last report. */
        void finish(String lastReport) {
            if (lastReport == null) {
                throw new IllegalStateException(file + ": no report could be read");
            }
            out.source(source.currentTo(lastReport));
        }
    }

    private final Area area;
    private final String idPrefix;
    private final String counter;
    private final String role;
    private final String counting;
    private final String note;
    private final Set<String> made = new HashSet<>();

    private TfpSeries(Area area, String idPrefix, String counter, String role, String counting, String note) {
        this.area = area;
        this.idPrefix = idPrefix;
        this.counter = counter;
        this.role = role;
        this.counting = counting;
        this.note = note;
    }

    /**
     * One figure: {@code field} of the report of {@code day}, counting {@code measure}; {@code where} says whose
     * report it is ("report_source mohtel").
     */
    void add(String measure, String day, long value, String field, String where) {
        String id = idPrefix + "-" + measure.replace('_', '-');
        if (made.add(id)) {
            area.out().series(new CasualtySeriesRow(id, area.place(), area.event(), area.eventWords(), measure, true, counter,
                    role, area.source().id(), note, null, counting.isEmpty() ? null : counting));
        }
        area.out().observations.add(new CasualtyObservationRow(id, day, value, null, "no", null, null, null,
                area.file() + ", report_date " + day + ", " + field + " = " + value + " (" + where + ")"));
    }
}
