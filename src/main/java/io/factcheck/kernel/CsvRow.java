package io.factcheck.kernel;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of a CSV file, addressed by column name, that knows where it came from for error messages. */
public final class CsvRow {
    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] values;

    CsvRow(String file, int line, Map<String, Integer> columns, String[] values) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** "tenures.csv:59" */
    public String location() {
        return file + ":" + line;
    }

    /** Whether the file has this column: a reader can then accept files written before an optional column existed. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed value, "" when empty. */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new DataFormatException(file, line, "no column '" + column + "'");
        }
        return index < values.length ? values[index].strip() : "";
    }

    public String optional(String column) {
        String value = get(column);
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw error("column '" + column + "' is empty");
        }
        return value;
    }

    /** A "|"-separated list, empty when the cell is. */
    public List<String> list(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A yyyy, yyyy-mm or yyyy-mm-dd date, or null when empty. */
    public DateSpan dateSpan(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return DateSpan.parseIso(value);
        } catch (DateTimeException e) {
            throw error("column '" + column + "': " + e.getMessage());
        }
    }

    public DataFormatException error(String reason) {
        return new DataFormatException(file, line, reason);
    }
}
