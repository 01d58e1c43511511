package io.factcheck.casualties;

import io.factcheck.casualties.CasualtySeries.FinalToll;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.PlaceMention;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static io.factcheck.casualties.SeriesDescriptions.counters;
import static io.factcheck.casualties.SeriesDescriptions.describeSeries;
import static io.factcheck.casualties.SeriesDescriptions.events;
import static io.factcheck.casualties.SeriesDescriptions.eventsOnRecord;
import static io.factcheck.casualties.SeriesDescriptions.running;
import static io.factcheck.casualties.SeriesDescriptions.tollsOfEvents;

/**
 * Which series a casualty claim is judged against: the place through the gazetteer, the measure its word can mean,
 * the event it names (or, for tolls of single events, the year), the counter it names, then the primary counter.
 * Where no single event fits, the answer is UNVERIFIABLE naming what is on record, never a guess.
 */
final class SeriesChoice {
    private final Places places;
    private final CasualtyIndex index;

    SeriesChoice(Places places, CasualtyIndex index) {
        this.places = places;
        this.index = index;
    }

    /**
     * Sets the check's chosen series and the event's other counters of its measure, and answers null; or answers
     * UNVERIFIABLE, saying why, when the claim fits no series or several events.
     */
    Verdict choose(CasualtyCheck check) {
        CasualtyClaim claim = check.claim;
        MeasureWords.Word word = check.word;
        Optional<Place> place = places.resolve(claim.place())
                .or(() -> places.findIn(claim.place()).map(PlaceMention::place));
        if (place.isEmpty()) {
            return check.unverifiable("'" + claim.place() + "' is not a place in the dataset's gazetteer.");
        }
        check.place = place.get();
        List<CasualtyIndex.Entry> atPlace = index.atPlace(check.place.id());
        if (atPlace.isEmpty()) {
            return check.unverifiable("The dataset has no casualty figures for " + check.place.name() + ".");
        }
        // tolls of single events count only near the year named or the claim's date: a place may have hundreds
        Integer year = check.yearNamed();
        LocalDate day = check.asOf.date();
        List<CasualtyIndex.Entry> tolls = !check.eventGiven() ? List.of() : year != null
                ? index.tollsBetween(check.place.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                : index.tollsBetween(check.place.id(), day.minusDays(365), day);
        List<CasualtyIndex.Entry> ofMeasure = new ArrayList<>();
        for (List<CasualtyIndex.Entry> part : List.of(index.countedAt(check.place.id()), tolls)) {
            for (CasualtyIndex.Entry e : part) {
                if (word.matches(e.series().measure())) {
                    ofMeasure.add(e);
                }
            }
        }
        if (ofMeasure.isEmpty() && atPlace.stream().anyMatch(e -> word.matches(e.series().measure()))) {
            return check.unverifiable("No event in " + check.place.name() + " with a toll of '" + claim.measure()
                    + "' on record is dated " + (year != null ? "in " + year
                    : "in the year before " + day + "; name the event and its year") + tollsOfEvents(atPlace) + ".");
        }
        if (ofMeasure.isEmpty()) {
            return check.unverifiable("The dataset has no figures of '" + claim.measure() + "' for "
                    + check.place.name() + "; it has " + (running(atPlace).isEmpty()
                    ? tollsOfEvents(atPlace).replaceFirst("^, and ", "")
                    : describeSeries(running(atPlace)) + tollsOfEvents(atPlace)) + ".");
        }
        List<CasualtyIndex.Entry> fitting = ofMeasure;
        if (!check.eventGiven()) {
            // a final toll belongs to a year or an event the claim must name; without one, counts as of its date
            List<CasualtyIndex.Entry> counted = new ArrayList<>(ofMeasure.size());
            for (CasualtyIndex.Entry e : ofMeasure) {
                if (e.series().finalToll() == FinalToll.NONE) {
                    counted.add(e);
                }
            }
            fitting = counted.isEmpty() ? ofMeasure : counted;
        }
        if (check.eventGiven()) {
            String padded = TextFold.padded(claim.event());
            fitting = new ArrayList<>(ofMeasure.size());
            for (CasualtyIndex.Entry e : ofMeasure) {
                if (e.namesEvent(padded)) {
                    fitting.add(e);
                }
            }
            if (fitting.isEmpty()) {
                return check.unverifiable("No series of '" + claim.measure() + "' in " + check.place.name()
                        + " is about '" + claim.event() + "'; the events on record there are "
                        + eventsOnRecord(ofMeasure) + ".");
            }
            // a yearly toll answers only a claim naming its year: "the conflict" in Lebanon is the running count
            if (year == null) {
                fitting = withoutYearlyTolls(fitting);
            }
        }
        check.estimates = Extrapolations.of(fitting);
        fitting = Extrapolations.without(fitting);
        List<CasualtyIndex.Entry> pool = fitting;
        if (claim.source() != null && !claim.source().isBlank()) {
            List<String> names = CounterNames.of(claim.source());
            pool = new ArrayList<>(fitting.size());
            for (CasualtyIndex.Entry e : fitting) {
                if (namedBy(e, names)) {
                    pool.add(e);
                }
            }
            if (pool.isEmpty()) {
                return check.unverifiable("The dataset has no figures from '" + claim.source() + "' for '"
                        + claim.measure() + "' in " + check.place.name() + "; the counters of "
                        + String.join(" and ", events(running(fitting))) + tollsOfEvents(fitting).replace(", and",
                        running(fitting).isEmpty() ? "" : " and") + " there are " + counters(fitting) + ".");
            }
        }
        pool = byDate(check, CountingPhases.narrow(pool, claim.event()));
        if (pool.isEmpty()) {
            return check.unverifiable("No " + (fitting.size() > 3 ? "event" : String.join(" or ", events(fitting)))
                    + " in " + check.place.name()
                    + " with a toll on record is dated " + (check.yearNamed() != null ? "in " + check.yearNamed()
                    : "in the year before " + check.asOf.date()) + (check.yearNamed() != null ? ""
                    : "; name the year") + ".");
        }
        if (events(pool).size() > 1) {
            check.candidates = pool.stream().map(e -> e.series().id()).toList();
            return check.unverifiable("'" + claim.measure() + "' in " + check.place.name() + " fits several series"
                    + (check.eventGiven() ? " for '" + claim.event() + "'" : " and the claim names no event") + ": "
                    + describeSeries(pool) + ". Give the event to check it.");
        }
        CasualtyIndex.Entry chosen = pool.get(0);
        for (CasualtyIndex.Entry e : pool) {
            if (PREFERENCE.compare(e, chosen, word) < 0) {
                chosen = e;
            }
        }
        List<CasualtyIndex.Entry> others = new ArrayList<>(2);
        for (CasualtyIndex.Entry e : fitting) {
            if (e != chosen && e.series().measure() == chosen.series().measure()
                    && e.series().event().equals(chosen.series().event())) {
                others.add(e);
            }
        }
        check.chosen = chosen;
        check.others = others;
        return null;
    }

    /** The series other than yearly tolls, when a running count is among them; else all of them. */
    private static List<CasualtyIndex.Entry> withoutYearlyTolls(List<CasualtyIndex.Entry> fitting) {
        boolean running = false;
        boolean yearly = false;
        for (CasualtyIndex.Entry e : fitting) {
            running |= e.series().finalToll() == FinalToll.NONE;
            yearly |= e.series().finalToll() == FinalToll.YEAR;
        }
        if (!running || !yearly) {
            return fitting;
        }
        List<CasualtyIndex.Entry> out = new ArrayList<>(fitting.size());
        for (CasualtyIndex.Entry e : fitting) {
            if (e.series().finalToll() != FinalToll.YEAR) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Narrows the tolls of dated events (one earthquake each) to the one the claim means: those of the year its
     * event names ("the 2010 earthquake"), else those of the year before its date. Of several, one whose toll is
     * more than ten times any other's is the one copy calls "the" earthquake; otherwise they stay, and the claim is
     * answered as ambiguous. Other series pass through.
     */
    private static List<CasualtyIndex.Entry> byDate(CasualtyCheck check, List<CasualtyIndex.Entry> pool) {
        boolean anyEvent = false;
        for (CasualtyIndex.Entry e : pool) {
            anyEvent |= e.series().finalToll() == FinalToll.EVENT;
        }
        if (!anyEvent) {
            return pool;
        }
        Integer year = check.yearNamed();
        LocalDate day = check.asOf.date();
        List<CasualtyIndex.Entry> out = new ArrayList<>();
        List<CasualtyIndex.Entry> named = new ArrayList<>();
        for (CasualtyIndex.Entry e : pool) {
            (e.series().finalToll() == FinalToll.EVENT ? named : out).add(e);
        }
        named = mostSpecific(named, TextFold.padded(check.claim.event()));
        List<CasualtyIndex.Entry> events = new ArrayList<>();
        // the event of the year named; else of the month before the claim's date; else of the year before
        for (int window : year != null ? new int[]{0} : new int[]{31, 366}) {
            for (CasualtyIndex.Entry e : named) {
                LocalDate on = e.figures().last();
                if (year != null ? on.getYear() == year : !on.isAfter(day) && on.isAfter(day.minusDays(window))) {
                    events.add(e);
                }
            }
            if (!events.isEmpty()) {
                break;
            }
        }
        events.sort(Comparator.comparingLong((CasualtyIndex.Entry e) -> lastValue(e)).reversed());
        if (events.size() > 1 && lastValue(events.get(0)) > 10 * lastValue(events.get(1))) {
            events = List.of(events.get(0));
        }
        out.addAll(events);
        return out;
    }

    /**
     * The series whose event words the claim matches beyond the words they all share: "the airstrike in Pazi Gyi"
     * is the event at Pazi Gyi, not every airstrike. All of them when none is more specific.
     */
    private static List<CasualtyIndex.Entry> mostSpecific(List<CasualtyIndex.Entry> entries, String paddedEvent) {
        if (entries.size() < 2) {
            return entries;
        }
        java.util.Set<String> shared = null;
        List<java.util.Set<String>> matched = new ArrayList<>(entries.size());
        for (CasualtyIndex.Entry e : entries) {
            java.util.Set<String> m = new java.util.HashSet<>();
            for (String w : e.eventWords()) {
                if (paddedEvent.contains(w)) {
                    m.add(w);
                }
            }
            matched.add(m);
            if (shared == null) {
                shared = new java.util.HashSet<>(m);
            } else {
                shared.retainAll(m);
            }
        }
        List<CasualtyIndex.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!shared.containsAll(matched.get(i))) {
                out.add(entries.get(i));
            }
        }
        return out.isEmpty() ? entries : out;
    }

    private static long lastValue(CasualtyIndex.Entry e) {
        return e.figures().figures(e.figures().days() - 1).get(0).value();
    }

    static boolean namedBy(CasualtyIndex.Entry entry, List<String> sourceNames) {
        for (String name : entry.names()) {
            for (String s : sourceNames) {
                if (name.contains(s) || s.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which of several fitting series decides: the primary counter, then the measure the word names first. */
    private interface Preference {
        int compare(CasualtyIndex.Entry a, CasualtyIndex.Entry b, MeasureWords.Word word);
    }

    private static final Preference PREFERENCE = (a, b, word) -> {
        int byRole = a.series().role().compareTo(b.series().role());
        return byRole != 0 ? byRole : Integer.compare(word.measures().indexOf(a.series().measure()),
                word.measures().indexOf(b.series().measure()));
    };
}
