package io.factcheck.importer;

import io.factcheck.importer.FactbookHistory.Change;
import io.factcheck.importer.FactbookHolders.Holder;
import io.factcheck.importer.FactbookHolders.Listing;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.EditDistance;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads of state and government from the CIA World Factbook's history, 2015-10 to 2026-01-22: each holder listed
 * under "chief of state" or "head of government", from their "since" date to the end of their last listing.
 *
 * <p>An end is known only to the window between the last snapshot that lists the holder and the next one (a week
 * from 2021, up to years before): written as that window ("2021-10-08..2021-10-14"), so a day inside it is neither
 * held nor not. The successor's "since" narrows it to the day. A "vacant" post does not: the Factbook marks a post
 * vacant while a caretaker may still hold it (Japan, September 2025), so the end stays a window from the vacancy to
 * the successor's start.
 */
final class FactbookImporter {
    static final SourceRow SOURCE = new SourceRow("cia-factbook",
            "CIA World Factbook, heads of state and government (via factbook/factbook.json)",
            "https://github.com/factbook/factbook.json",
            "public domain (the Factbook 'offers free country profiles in the public domain')", "2026-01-22",
            "CIA World Factbook, via factbook/factbook.json, snapshots 2015-10-26 to 2026-01-22 (last data commit "
                    + "783ed27), extracted to cia-factbook/government-history.jsonl and snapshots.csv")
            // its history lists stale holders across its sparse years and a president as head of government where a
            // prime minister holds it: it corroborates, and never decides alone against another source
            .corroboratingOnly();
    /** Past this many days between two snapshots, a successor's "since" bounds the end but does not fix it. */
    static final int SHORT_WINDOW_DAYS = 31;
    static final List<String> HOLDER_FIELDS = List.of("Executive branch / chief of state",
            "Executive branch / head of government");

    /** A holder's listing in one snapshot range of one field. */
    private record Listed(Change change, int from, int to, Holder holder) {
    }

    /** A vacancy: its snapshot range and its "since", when given. */
    private record Vacancy(int from, int to, String since) {
    }

    private FactbookImporter() {
    }

    static void importInto(Path sources, DatasetDraft draft, Places places, Path curated) {
        draft.source(SOURCE);
        FactbookHistory history = FactbookHistory.read(sources.resolve("cia-factbook"), places, curated, draft,
                SOURCE.id());
        // per country file and post, the listings of each person, in the order first seen
        Map<String, Map<String, List<Listed>>> byPost = new LinkedHashMap<>();
        Map<String, List<Vacancy>> vacancies = new LinkedHashMap<>();
        history.byFileField.forEach((key, changes) -> {
            if (!HOLDER_FIELDS.contains(changes.get(0).field())) {
                return;
            }
            String lastTitle = null;
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                Listing listing = FactbookHolders.read(change.text());
                int to = history.lastHeld(changes, i);
                if (listing.vacant()) {
                    vacancies.computeIfAbsent(change.file(), k -> new ArrayList<>())
                            .add(new Vacancy(change.snapshot(), to, listing.vacantSince()));
                }
                if (listing.holders().isEmpty() && !listing.vacant()) {
                    draft.report.reject(SOURCE.id() + " (out of scope)", "cia-factbook/" + FactbookHistory.HISTORY,
                            change.line(), "no holder named with a surname in capitals in '"
                                    + abbreviated(change.text()) + "'");
                }
                for (Holder written : listing.holders()) {
                    Holder h = written.title().isEmpty() && lastTitle != null
                            ? written.withTitle(lastTitle) : written;
                    if (h.title().isEmpty()) {
                        draft.report.reject(SOURCE.id() + " (out of scope)", "cia-factbook/"
                                + FactbookHistory.HISTORY, change.line(), h.name() + " is listed without a title, and"
                                + " no earlier snapshot of the field gives one");
                        continue;
                    }
                    lastTitle = h.title();
                    byPost.computeIfAbsent(change.file() + "|" + h.title(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(TextFold.fold(h.name()), k -> new ArrayList<>())
                            .add(new Listed(change, change.snapshot(), to, h));
                }
            }
        });
        byPost.forEach((post, people) -> terms(post, people, vacancies, history, draft));
        FactbookElections.importInto(history, draft);
        draft.report.finish(SOURCE.id(), history.lines);
    }

    /** Each person's continuous runs of listings in a post, as terms, ended by the snapshots or the successor. */
    private static void terms(String post, Map<String, List<Listed>> people, Map<String, List<Vacancy>> vacancies,
                              FactbookHistory history, DatasetDraft draft) {
        List<List<Listed>> runs = new ArrayList<>();
        for (List<Listed> listings : samePeople(people)) {
            listings.sort(Comparator.comparingInt(Listed::from));
            List<Listed> run = new ArrayList<>();
            for (Listed l : listings) {
                if (!run.isEmpty() && l.from() > run.get(run.size() - 1).to() + 1
                        && !sameSince(run.get(run.size() - 1), l)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(l);
            }
            runs.add(run);
        }
        runs.sort(Comparator.comparingInt(r -> r.get(0).from()));
        for (List<Listed> run : runs) {
            Listed first = run.get(0);
            String start = since(run);
            if (start == null) {
                draft.report.reject(SOURCE.id() + " (out of scope)", "cia-factbook/" + FactbookHistory.HISTORY,
                        first.change().line(), first.holder().title() + " " + first.holder().name()
                                + " is listed without a 'since' date: the term's start is not known");
                continue;
            }
            int last = run.stream().mapToInt(Listed::to).max().orElseThrow();
            String end = end(run, start, last, runs, vacancies.getOrDefault(first.change().file(), List.of()), history);
            String status = run.stream().map(l -> l.holder().status()).filter(s -> s != null).findFirst().orElse(null);
            String gec = FactbookHistory.gec(first.change().file());
            Listed latest = run.get(run.size() - 1);
            String note = (status == null ? "" : status + "; ") + "CIA World Factbook " + first.change().field()
                    .replace("Executive branch / ", "") + ", listed from snapshot "
                    + history.snapshots.get(first.from()) + " to " + history.snapshots.get(last)
                    + (last + 1 < history.snapshots.size() ? " (not in " + history.snapshots.get(last + 1) + ")" : "")
                    + "; " + FactbookHistory.HISTORY + ":" + first.change().line() + "-" + latest.change().line();
            // the latest spelling is the name (the Factbook corrects "Issac" to "Isaac"); the others are aliases
            String name = latest.holder().name();
            List<String> aliases = run.stream().flatMap(l -> java.util.stream.Stream.of(l.holder().name(),
                            l.holder().fullName())).filter(n -> n != null && !n.equals(name)).distinct().toList();
            TenureRow term = new TenureRow(name, aliases, null, first.holder().title(),
                    first.change().place().id(), start, end, null, SOURCE.id(), history.url(first.change()),
                    gec + ":" + first.holder().title() + ":" + name + ":" + start, note);
            draft.tenures.add(term);
            if (status != null) {
                // also the post as the Factbook titles it, for a claim that says "acting" (or "interim")
                String titled = Character.toUpperCase(status.charAt(0)) + status.substring(1) + " "
                        + first.holder().title();
                draft.tenures.add(new TenureRow(name, aliases, null, titled, first.change().place().id(), start, end,
                        null, SOURCE.id(), history.url(first.change()), gec + ":" + titled + ":" + name + ":" + start,
                        note));
            }
        }
    }

    /**
     * The listings of each person, with a name the Factbook respelt ("Reuben"/"Reuven RIVLIN", "Binyamin"/"Benjamin
     * NETANYAHU", "HASINA"/"HASINA Wazed") taken as the same person's where the two are listed back to back or at once.
     */
    private static List<List<Listed>> samePeople(Map<String, List<Listed>> people) {
        List<String> names = new ArrayList<>(people.keySet());
        List<List<Listed>> out = new ArrayList<>();
        boolean[] merged = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            if (merged[i]) {
                continue;
            }
            List<Listed> all = new ArrayList<>(people.get(names.get(i)));
            for (int j = i + 1; j < names.size(); j++) {
                if (!merged[j] && respelt(names.get(i), names.get(j)) && adjoining(all, people.get(names.get(j)))) {
                    all.addAll(people.get(names.get(j)));
                    merged[j] = true;
                }
            }
            out.add(all);
        }
        return out;
    }

    /** Two folded names of one person: a letter or two apart, or one holding every word of the other. */
    private static boolean respelt(String a, String b) {
        if (EditDistance.atMost(a, b, 2)) {
            return true;
        }
        List<String> wordsA = List.of(a.split(" "));
        List<String> wordsB = List.of(b.split(" "));
        return wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA);
    }

    private static boolean adjoining(List<Listed> a, List<Listed> b) {
        for (Listed x : a) {
            for (Listed y : b) {
                if (y.from() <= x.to() + 1 && x.from() <= y.to() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Open when still listed in the last snapshot; else the day the successor's "since" gives, when it falls after
     * the term's start and by the successor's first listing; else the window after the last listing.
     */
    private static String end(List<Listed> run, String start, int last, List<List<Listed>> runs,
                              List<Vacancy> vacancies, FactbookHistory history) {
        if (last == history.snapshots.size() - 1) {
            return null;
        }
        LocalDate lower = history.snapshots.get(last).plusDays(1);
        LocalDate upper = history.snapshots.get(last + 1);
        LocalDate started = lastDay(start);
        // the next other holder listed: the Factbook updates its fields one at a time, so they may overlap
        List<Listed> next = runs.stream().filter(r -> r != run && r.get(0).from() > run.get(0).from())
                .min(Comparator.comparingInt(r -> r.get(0).from())).orElse(null);
        Listed successor = next == null ? null : next.get(0);
        Vacancy vacancy = vacancies.stream().filter(v -> v.from() == last + 1).findFirst().orElse(null);
        LocalDate since = next == null ? null : day(since(next));
        // the successor's "since" speaks for the predecessor's end only when nothing else was listed in between
        boolean sinceFits = since != null && since.isAfter(started)
                && !since.isAfter(history.snapshots.get(successor.from()))
                && (successor.from() <= last + 1 || vacancy != null);
        if (vacancy == null && sinceFits && !since.isAfter(lower)) {
            // listed past the successor's "since" (a stale listing: Cazeneuve to 2020): the end lies between the
            // last listing before that day and it; across the sparse years of 2017-2020 that is a window
            LocalDate from = listedBefore(run, since, history).map(d -> d.plusDays(1)).orElse(started.plusDays(1));
            return since.isAfter(from.plusDays(SHORT_WINDOW_DAYS)) ? window(from, since) : since.toString();
        }
        if (vacancy == null) {
            if (sinceFits && !upper.isAfter(lower.plusDays(SHORT_WINDOW_DAYS))) {
                return since.toString();
            }
            if (sinceFits) {
                // a long window (the sparse snapshots of 2017-2020): someone acting may have come between
                return window(lower, since);
            }
            return window(lower, upper);
        }
        LocalDate vacantSince = day(vacancy.since());
        if (vacantSince != null && vacantSince.isAfter(started) && vacantSince.isBefore(lower)) {
            lower = vacantSince;
        }
        upper = sinceFits ? since : successor != null ? history.snapshots.get(successor.from())
                : history.snapshots.get(Math.min(vacancy.to() + 1, history.snapshots.size() - 1));
        return window(lower, upper);
    }

    /** The last snapshot before the day that lists the run's holder, if any. */
    private static java.util.Optional<LocalDate> listedBefore(List<Listed> run, LocalDate day, FactbookHistory history) {
        LocalDate found = null;
        for (Listed l : run) {
            for (int i = l.from(); i <= l.to(); i++) {
                LocalDate snapshot = history.snapshots.get(i);
                if (snapshot.isBefore(day) && (found == null || snapshot.isAfter(found))) {
                    found = snapshot;
                }
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** A run's start: the earliest "since" it gives, the most precise of those that may be that day. */
    private static String since(List<Listed> run) {
        return run.stream().map(l -> l.holder().since()).filter(s -> s != null)
                .min(Comparator.comparing(FactbookImporter::lastDay)).orElse(null);
    }

    private static String window(LocalDate lower, LocalDate upper) {
        return lower.isBefore(upper) ? new DateSpan(lower, upper, DatePrecision.FUZZY).toString() : upper.toString();
    }

    private static boolean sameSince(Listed a, Listed b) {
        return a.holder().since() != null && a.holder().since().equals(b.holder().since());
    }

    private static LocalDate day(String date) {
        return date != null && date.length() == 10 ? LocalDate.parse(date) : null;
    }

    private static LocalDate firstDay(String date) {
        return DateSpan.parseIso(date).start();
    }

    private static LocalDate lastDay(String date) {
        return DateSpan.parseIso(date).end();
    }

    private static String abbreviated(String text) {
        String clean = FactbookHolders.clean(text);
        return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
    }
}
