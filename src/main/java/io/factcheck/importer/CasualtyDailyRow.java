package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/** One row of the canonical casualty_daily.csv: a dense daily series, one value a day from {@code start}. */
record CasualtyDailyRow(String series, String start, long[] values) {

    String csv() {
        StringBuilder joined = new StringBuilder(values.length * 6);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                joined.append('|');
            }
            joined.append(values[i]);
        }
        return Csv.line(series, start, joined.toString());
    }
}
