package io.factcheck.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) that reports the line each
 * row starts on. Reference files are a few MB at most, and a dependency-free reader keeps start-up lean.
 */
public final class Csv {
    private Csv() {
    }

    /** Reads a header row, then passes each non-blank data row to the consumer. */
    public static void read(Reader source, String file, List<String> requiredColumns, Consumer<CsvRow> rows) {
        try (BufferedReader in = new BufferedReader(source, 1 << 16)) {
            int[] line = {0};
            List<String> header = nextRecord(in, line, file, 16);
            if (header == null) {
                throw new DataFormatException(file, 1, "empty file: expected a header row");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                // interned, so that lookups by the readers' literal column names succeed on identity
                columns.putIfAbsent(stripBom(header.get(i)).strip().intern(), i);
            }
            for (String column : requiredColumns) {
                if (!columns.containsKey(column)) {
                    throw new DataFormatException(file, 1, "header lacks column '" + column + "' (has " + header + ")");
                }
            }
            while (true) {
                int startLine = line[0] + 1;
                List<String> record = nextRecord(in, line, file, header.size());
                if (record == null) {
                    return;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() > header.size()) {
                    throw new DataFormatException(file, startLine,
                            "has " + record.size() + " fields, the header " + header.size());
                }
                rows.accept(new CsvRow(file, startLine, columns, record.toArray(String[]::new)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static List<String> nextRecord(BufferedReader in, int[] line, String file, int expectedFields)
            throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line[0]++;
        int startLine = line[0];
        List<String> fields = new ArrayList<>(expectedFields);
        int i = 0;
        while (true) {
            StringBuilder quoted = null;
            if (i < text.length() && text.charAt(i) == '"') {
                // a quoted field may hold commas, doubled quotes and line breaks
                quoted = new StringBuilder();
                i++;
                while (true) {
                    if (i == text.length()) {
                        text = in.readLine();
                        if (text == null) {
                            throw new DataFormatException(file, startLine, "quoted field is never closed");
                        }
                        line[0]++;
                        quoted.append('\n');
                        i = 0;
                        continue;
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        quoted.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        quoted.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            }
            // plain text runs to the next comma (after a closing quote, it is kept as written)
            int comma = text.indexOf(',', i);
            int to = comma < 0 ? text.length() : comma;
            fields.add(quoted == null ? text.substring(i, to) : quoted.append(text, i, to).toString());
            if (comma < 0) {
                return fields;
            }
            i = comma + 1;
        }
    }

    /** One CSV line of these values, each quoted when it needs it. */
    public static String line(String... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(quote(values[i]));
        }
        return out.toString();
    }

    /** Quotes a value for writing when it needs it. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
