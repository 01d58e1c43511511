package io.factcheck.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the REIGN Leader spells that began with a coup, so the officials wing knows them without loading events:
 * after each realized coup of the Cline Center list, the first spell of that country's Leader starting on the coup's
 * day or within {@link #DAYS_AFTER} days after it. Of the list's realized coups, 224 see a new REIGN ruler the same
 * day and 72 more one to three days later; later starts are often not the coup's own man (Myanmar's Maung Maung,
 * chosen by the party a week after the 1988-08-12 coup), so they are left unmarked rather than risk a false tie.
 */
final class CoupEntries {
    static final int DAYS_AFTER = 3;

    private CoupEntries() {
    }

    static void mark(DatasetDraft draft) {
        Map<String, List<Integer>> leadersByPlace = new HashMap<>();
        for (int i = 0; i < draft.tenures.size(); i++) {
            TenureRow row = draft.tenures.get(i);
            if (row.source().equals(ReignImporter.SOURCE.id()) && row.position().equals(ReignImporter.POST)
                    && row.start().length() == 10) {
                leadersByPlace.computeIfAbsent(row.jurisdiction(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, EventRow> coupOf = new HashMap<>();
        for (EventRow coup : draft.events) {
            if (!coup.kind().equals("coup") || !"realized".equals(coup.subtype()) || coup.date().length() != 10) {
                continue;
            }
            LocalDate day = LocalDate.parse(coup.date());
            Integer first = null;
            for (int i : leadersByPlace.getOrDefault(coup.place(), List.of())) {
                LocalDate start = LocalDate.parse(draft.tenures.get(i).start());
                if (!start.isBefore(day) && !start.isAfter(day.plusDays(DAYS_AFTER))
                        && (first == null || start.isBefore(LocalDate.parse(draft.tenures.get(first).start())))) {
                    first = i;
                }
            }
            // two coups before one start: the later one brought the ruler in
            if (first != null && (!coupOf.containsKey(first) || coupOf.get(first).date().compareTo(coup.date()) < 0)) {
                coupOf.put(first, coup);
            }
        }
        coupOf.forEach((i, coup) -> draft.tenures.set(i, draft.tenures.get(i).beganWith(coup)));
    }
}
