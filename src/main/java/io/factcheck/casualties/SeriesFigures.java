package io.factcheck.casualties;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A series' figures by day, in date order: a day may have several published figures (sources differ). Sparse
 * series keep their observations; a daily series keeps one array of values and makes the observation of a day
 * on demand. Lookups are a binary search (sparse) or an index computation (daily).
 */
public abstract sealed class SeriesFigures permits SeriesFigures.Sparse, SeriesFigures.Daily {

    /** How many days have figures. */
    public abstract int days();

    public abstract LocalDate date(int day);

    /** The figures of a day, preferred first (see {@link CasualtyObservation#preference}). */
    public abstract List<CasualtyObservation> figures(int day);

    /** The index of the last day on or before {@code date}, or -1. */
    public abstract int floor(LocalDate date);

    /** How many figures in all. */
    public abstract int size();

    /** Whether this is a dense daily series (one figure every day). */
    public abstract boolean daily();

    public LocalDate first() {
        return date(0);
    }

    public LocalDate last() {
        return date(days() - 1);
    }

    /** Published figures, grouped by day. */
    static final class Sparse extends SeriesFigures {
        private final long[] epochDays;
        private final List<List<CasualtyObservation>> groups;
        private final int size;

        Sparse(long[] epochDays, List<List<CasualtyObservation>> groups, int size) {
            this.epochDays = epochDays;
            this.groups = groups;
            this.size = size;
        }

        @Override
        public int days() {
            return epochDays.length;
        }

        @Override
        public LocalDate date(int day) {
            return LocalDate.ofEpochDay(epochDays[day]);
        }

        @Override
        public List<CasualtyObservation> figures(int day) {
            return groups.get(day);
        }

        @Override
        public int floor(LocalDate date) {
            int i = Arrays.binarySearch(epochDays, date.toEpochDay());
            return i >= 0 ? i : -i - 2;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean daily() {
            return false;
        }
    }

    /** One value a day from {@code start}, as in casualty_daily.csv. */
    static final class Daily extends SeriesFigures {
        private final CasualtySeries series;
        private final long start;
        private final long[] values;
        private final String file;
        private final int line;

        Daily(CasualtySeries series, LocalDate start, long[] values, String file, int line) {
            this.series = series;
            this.start = start.toEpochDay();
            this.values = values;
            this.file = file;
            this.line = line;
        }

        @Override
        public int days() {
            return values.length;
        }

        @Override
        public LocalDate date(int day) {
            return LocalDate.ofEpochDay(start + day);
        }

        @Override
        public List<CasualtyObservation> figures(int day) {
            LocalDate date = date(day);
            return List.of(new CasualtyObservation(series, date, values[day], null, "no", series.counter(), null,
                    null, null, file + ":" + line + " day " + date));
        }

        @Override
        public int floor(LocalDate date) {
            long offset = date.toEpochDay() - start;
            return offset < 0 ? -1 : (int) Math.min(offset, values.length - 1);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean daily() {
            return true;
        }
    }
}
