package io.factcheck.importer;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a source's CSV file into rows, in the file's own encoding (REIGN is latin-1). */
final class SourceFiles {
    private SourceFiles() {
    }

    static List<CsvRow> rows(Path file, Charset charset, List<String> requiredColumns) {
        List<CsvRow> rows = new ArrayList<>();
        try {
            Csv.read(Files.newBufferedReader(file, charset), file.getFileName().toString(), requiredColumns, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return rows;
    }

    /**
     * Reads a file whose lines mix encodings (REIGN: mostly UTF-8, some lines in Windows-1252): each line is taken
     * as UTF-8 when it is valid UTF-8, else as Windows-1252.
     */
    static List<CsvRow> rowsOfMixedEncoding(Path file, List<String> requiredColumns) {
        StringBuilder text = new StringBuilder();
        try {
            byte[] bytes = Files.readAllBytes(file);
            int lineStart = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    text.append(decodeLine(bytes, lineStart, i - lineStart)).append('\n');
                    lineStart = i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        List<CsvRow> rows = new ArrayList<>();
        Csv.read(new StringReader(text.toString()), file.getFileName().toString(), requiredColumns, rows::add);
        return rows;
    }

    private static String decodeLine(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, Charset.forName("windows-1252"));
        }
    }

    /** "2021", "2021-02" or "2021-02-01" from separate year, month and day columns (blank ones dropped). */
    static String isoDate(String year, String month, String day) {
        String m = month.strip();
        String d = day.strip();
        if (m.isEmpty() || m.equals("0")) {
            return year.strip();
        }
        String ym = year.strip() + "-" + (m.length() == 1 ? "0" : "") + m;
        return d.isEmpty() || d.equals("0") ? ym : ym + "-" + (d.length() == 1 ? "0" : "") + d;
    }

    static String wikidataUrl(String qid) {
        return qid == null || qid.isBlank() ? null : "https://www.wikidata.org/wiki/" + qid;
    }
}
