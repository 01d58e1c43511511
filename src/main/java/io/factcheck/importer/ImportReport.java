package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows importers leave out, each with its file, line and reason, written beside the dataset as
 * {@value #FILE}. A source whose bad rows exceed {@value #MAX_BAD_SHARE_PERCENT}% of its rows fails the build:
 * past that, the problem is the importer's reading of the source, not a few bad rows.
 */
final class ImportReport {
    static final String FILE = "import_report.csv";
    static final int MAX_BAD_SHARE_PERCENT = 1;

    /** One row left out. {@code reason} says why in words an editor can follow. */
    record Rejected(String source, String file, long line, String reason) {
        String csv() {
            return Csv.line(source, file, Long.toString(line), reason);
        }
    }

    private final List<Rejected> rejected = new ArrayList<>();

    void reject(String source, String file, long line, String reason) {
        rejected.add(new Rejected(source, file, line, reason));
    }

    /**
     * Called once a source's import is done with the number of data rows it read: fails when too many were bad.
     *
     * @throws IllegalStateException naming the source, the share and the first bad rows
     */
    void finish(String source, long rows) {
        List<Rejected> bad = rejected.stream().filter(r -> r.source().equals(source)).toList();
        if (bad.size() * 100L > rows * MAX_BAD_SHARE_PERCENT) {
            throw new IllegalStateException(source + ": " + bad.size() + " of " + rows + " rows are bad (more than "
                    + MAX_BAD_SHARE_PERCENT + "%), e.g. " + bad.subList(0, Math.min(3, bad.size())));
        }
    }

    List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    List<String> csvLines() {
        List<String> lines = new ArrayList<>(rejected.size() + 1);
        lines.add("source,file,line,reason");
        rejected.stream().sorted(Comparator.comparing(Rejected::source).thenComparing(Rejected::file)
                .thenComparingLong(Rejected::line)).map(Rejected::csv).forEach(lines::add);
        return lines;
    }
}
