package io.factcheck.importer;

import io.factcheck.importer.FactbookHistory.Change;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National elections, executive and legislative, 2015 to the Factbook's end, from the same history: the "most recent
 * election date" fields ("8 November 2020", "24 April and 8 May 2024", "3/19/2021") and, in older snapshots, the
 * prose's "last held on 17 April 2014 with a runoff on ...". Two dates in one statement are two rounds. Each election
 * is written once, from the first snapshot that gives it.
 *
 * <p>No coverage rows: the Factbook names only the latest election of a branch, and updates it weeks late, so an
 * election followed by another before the Factbook caught up (Bulgaria's three of 2021, a run-off between two sparse
 * snapshots) may never appear. Its absence refutes nothing.
 */
final class FactbookElections {
    static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final Map<String, String> FIELDS = Map.of(
            "Executive branch / most recent election date", "executive",
            "Legislative branch / most recent election date", "legislative",
            "Executive branch / elections/appointments", "executive",
            "Executive branch / elections", "executive",
            "Legislative branch / elections", "legislative");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String DAY = "(\\d{1,2})(?:-\\d{1,2})?";
    /** "24 April and 8 May 2024": two rounds in two months. */
    private static final Pattern TWO_MONTHS = Pattern.compile(DAY + "\\s+" + MONTH + "\\s+and\\s+" + DAY + "\\s+"
            + MONTH + ",?\\s+(\\d{4})");
    /** "23 and 29 November 2014", "2-3 and 9-10 October 2020": two rounds in one month. */
    private static final Pattern TWO_DAYS = Pattern.compile(DAY + "\\s+and\\s+" + DAY + "\\s+" + MONTH
            + ",?\\s+(\\d{4})");
    private static final Pattern ONE_DAY = Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern US_DAY = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern LAST_HELD = Pattern.compile("last held(?: on| in)?\\s+([^;(]*)");

    private FactbookElections() {
    }

    static void importInto(FactbookHistory history, DatasetDraft draft) {
        Set<String> seen = new HashSet<>();
        List<EventRow> events = new ArrayList<>();
        history.byFileField.forEach((key, changes) -> {
            String subtype = FIELDS.get(changes.get(0).field());
            if (subtype == null) {
                return;
            }
            boolean prose = !changes.get(0).field().endsWith("most recent election date");
            for (Change change : changes) {
                for (String statement : statements(change.text(), prose, subtype)) {
                    List<LocalDate> rounds = dates(statement);
                    for (int r = 0; r < rounds.size(); r++) {
                        LocalDate day = rounds.get(r);
                        LocalDate snapshot = history.snapshots.get(change.snapshot());
                        if (day.isBefore(FROM) || day.isAfter(snapshot)
                                || !seen.add(change.place().id() + "|" + subtype + "|" + day)) {
                            continue;
                        }
                        String round = rounds.size() == 2 ? String.valueOf(r + 1) : null;
                        events.add(new EventRow("factbook-" + change.place().id() + "-" + subtype + "-" + day,
                                "election", subtype, change.place().id(), day.toString(),
                                capitalised(subtype) + " election in " + change.place().name()
                                        + (round == null ? "" : round.equals("2") ? ", second round" : ", first round"),
                                FactbookImporter.SOURCE.id(), history.url(change),
                                FactbookHistory.gec(change.file()) + ":" + subtype + ":" + day,
                                "CIA World Factbook snapshot " + snapshot + ", " + change.field() + "; "
                                        + FactbookHistory.HISTORY + ":" + change.line(), round, null, null));
                    }
                }
            }
        });
        draft.events.addAll(events);
    }

    /**
     * The parts of a field that date one election: the whole of a "most recent election date"; in prose, what
     * follows each "last held" (the first only in the executive field: the later ones date the parliament's
     * election of a prime minister, not a national vote).
     */
    static List<String> statements(String text, boolean prose, String subtype) {
        String clean = FactbookHolders.clean(text);
        if (!prose) {
            return List.of(clean);
        }
        List<String> out = new ArrayList<>();
        Matcher m = LAST_HELD.matcher(clean);
        while (m.find()) {
            out.add(m.group(1));
            if (subtype.equals("executive")) {
                break;
            }
        }
        return out;
    }

    /** The days of a statement: one, or two rounds; none when it gives no full day. */
    static List<LocalDate> dates(String statement) {
        try {
            Matcher m = TWO_MONTHS.matcher(statement);
            if (m.find()) {
                int year = Integer.parseInt(m.group(5));
                return List.of(day(year, m.group(2), m.group(1)), day(year, m.group(4), m.group(3)));
            }
            m = TWO_DAYS.matcher(statement);
            if (m.find()) {
                int year = Integer.parseInt(m.group(4));
                return List.of(day(year, m.group(3), m.group(1)), day(year, m.group(3), m.group(2)));
            }
            List<LocalDate> out = new ArrayList<>();
            m = US_DAY.matcher(statement);
            while (m.find() && out.size() < 2) {
                out.add(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = ONE_DAY.matcher(statement);
            while (m.find() && out.size() < 2) {
                out.add(day(Integer.parseInt(m.group(3)), m.group(2), m.group(1)));
            }
            return out.size() == 2 && !out.get(1).isAfter(out.get(0)) ? List.of(out.get(0)) : out;
        } catch (DateTimeException e) {
            return List.of();
        }
    }

    private static LocalDate day(int year, String month, String day) {
        return LocalDate.of(year, Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
