package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DateSpan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The office a country's effective ruler holds, from the hand-kept {@value #FILE}: in a parliamentary state the
 * ruler REIGN and Archigos code is its head of government. Each of their spells in such a period is written again as
 * a term of that office ("Chancellor" of Germany for Archigos' Kohl), with the same source and record, so that a
 * claim about the office is judged on the rulers' records where the office's own records are silent (before 2000,
 * or Germany, whose cabinet is not among the EveryPolitician tables).
 */
final class RulerOffices {
    static final String FILE = "ruler_offices.csv";

    /** One period in which a jurisdiction's effective ruler holds a post; {@code to} null while it lasts. */
    record Office(String jurisdiction, String position, String from, String to, String note) {
        /** Whether a spell of the ruler falls in the period: it must start in it, or still run when it begins. */
        boolean holds(TenureRow spell) {
            if (!spell.jurisdiction().equals(jurisdiction)) {
                return false;
            }
            String end = spell.end().isEmpty() ? "9999" : DateSpan.parseIso(spell.end()).end().toString();
            String start = DateSpan.parseIso(spell.start()).start().toString();
            return end.compareTo(from) > 0 && (to == null || start.compareTo(to) < 0);
        }
    }

    private RulerOffices() {
    }

    static List<Office> read(Path curated) {
        List<Office> out = new ArrayList<>();
        for (CsvRow row : SourceFiles.rows(curated.resolve(FILE), StandardCharsets.UTF_8,
                List.of("jurisdiction", "position", "from", "to", "note"))) {
            out.add(new Office(row.required("jurisdiction"), row.required("position"), row.required("from"),
                    row.optional("to"), row.required("note")));
        }
        return out;
    }

    /** Adds, for each ruler's spell in a listed period, the same spell as a term of the office. */
    static void apply(List<Office> offices, DatasetDraft draft) {
        List<TenureRow> added = new ArrayList<>();
        for (TenureRow spell : draft.tenures) {
            if (!spell.position().equals(ReignImporter.POST)) {
                continue;
            }
            for (Office office : offices) {
                if (office.holds(spell)) {
                    added.add(spell.asOffice(office.position(), "the effective ruler, who holds this office from "
                            + office.from() + " (" + office.note() + "; " + FILE + "); " + spell.note()));
                }
            }
        }
        draft.tenures.addAll(added);
    }
}
