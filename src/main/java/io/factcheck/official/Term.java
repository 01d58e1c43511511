package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenure after reconciliation: its effective end, why it ends there, and its holder's names ready to match.
 * A view of one row of the {@link TenureStore}, made when a lookup needs it; two views of a row are equal.
 */
public final class Term {
    /** What the records say about this term on a day. */
    public enum Status { HELD, NOT_HELD, UNKNOWN }

    private final TenureStore store;
    private final int row;

    Term(TenureStore store, int row) {
        this.store = store;
        this.row = row;
    }

    /** The row as written in the dataset. */
    public Tenure tenure() {
        return store.tenure(row);
    }

    /** The row's source, without rebuilding the row. */
    String url() {
        return store.url(row);
    }

    SourceInfo source() {
        return store.source(row);
    }

    public String person() {
        return store.person(row);
    }

    /** The person's name as an explanation says it: the full name where the record gives only the surname. */
    public String fullName() {
        return fullName(store, row);
    }

    /**
     * The name to say: for a record linked to a known person (the Factbook's "Mikhail Vladimirovich Mishustin" to
     * Wikidata's), the name the person's own record gives, which the other sources use; else the record's own, unless
     * it is a surname alone ("Kohl", as Archigos writes) and an alias is the full name ending in it ("Helmut Kohl").
     */
    static String fullName(TenureStore store, int row) {
        int linked = store.linkedTo(row);
        if (linked >= 0) {
            return fullName(store, linked);
        }
        String person = store.person(row);
        String aliases = store.aliases(row);
        if (aliases == null || person.indexOf(' ') >= 0) {
            return person;
        }
        String full = person;
        for (String alias : aliases.split("\\|")) {
            String written = alias.strip();
            if (written.length() > full.length() && written.endsWith(" " + person)) {
                full = written;
            }
        }
        return full;
    }

    /** Who the record is about: the source's person id, else the one it was linked to at load, else the name. */
    public String personKey() {
        return store.personKey(row);
    }

    /** Whether {@link #personKey()} is this key, without building the key's string. */
    boolean hasPersonKey(String key) {
        return store.hasPersonKey(row, key);
    }

    /** Whether the source gives a person id (a Wikidata id), without building it. */
    boolean hasPersonId() {
        return store.hasPersonId(row);
    }

    public DateSpan start() {
        return store.start(row);
    }

    /** The start's precision, without building the start. */
    DatePrecision startPrecision() {
        return store.startPrecision(row);
    }

    /** Whether this term's earliest start day lies within another term's start (a year, a month: its whole span). */
    boolean startsWithin(Term vaguer) {
        long first = store.startFirstDay(row);
        return first >= store.startFirstDay(vaguer.row) && first <= store.startLastDay(vaguer.row);
    }

    /** The effective end, or null when the term is still open. */
    public DateSpan end() {
        return store.effectiveEnd(row);
    }

    public EndBasis endBasis() {
        return EndBasis.of(store, row);
    }

    public List<PersonName> names() {
        return store.names(row);
    }

    /**
     * A term is held from its start through the day before its end: on a handover day the successor holds the post.
     * Days inside an imprecise start or end ("2021" as a start year) are UNKNOWN, as are days after the snapshot of
     * a source that still shows the term open, and days after the end of a government it may not have outlasted.
     */
    public Status statusOn(LocalDate date) {
        long day = date.toEpochDay();
        if (day < store.startFirstDay(row)) {
            return Status.NOT_HELD;
        }
        if (store.hasEffectiveEnd(row)) {
            if (day >= store.effectiveEndFirstDay(row)) {
                boolean insideImpreciseEnd = store.effectiveEndPrecision(row) != DatePrecision.DAY
                        && day <= store.effectiveEndLastDay(row);
                return insideImpreciseEnd ? Status.UNKNOWN : Status.NOT_HELD;
            }
            return day < store.startLastDay(row) ? Status.UNKNOWN : Status.HELD;
        }
        if (day < store.startLastDay(row)) {
            return Status.UNKNOWN;
        }
        LocalDate snapshot = store.source(row).snapshot();
        if (snapshot != null && date.isAfter(snapshot)) {
            return Status.UNKNOWN;
        }
        LocalDate uncertainFrom = store.uncertainFrom(row);
        return uncertainFrom != null && !date.isBefore(uncertainFrom) ? Status.UNKNOWN : Status.HELD;
    }

    /** The coup this term began with, when a record ties it to one; else null. */
    public CoupEntry coup() {
        return store.coup(row);
    }

    /** "from 2012-11-06 (still open at the source's snapshot 2022-08-03)", or "from 2016-03-30 to 2021-02". */
    String heldSpan() {
        return "from " + start() + (end() == null
                ? " (still open at the source's snapshot " + source().snapshot() + ")"
                : " to " + end() + endNote());
    }

    /** "from 2016-03-30 to 2021-02", "from 2012-11-06 to open", for listing a person's terms. */
    String span() {
        return "from " + start() + " to " + (end() == null ? "open" : end() + endNote());
    }

    /** " (end implied by ...)" when another record decided the end, else "". */
    String endNote() {
        return endBasis().implied() == null ? "" : " (end " + endBasis().explanation() + ")";
    }

    /** Why the status on a day is UNKNOWN: the source's snapshot, an imprecise bound, or a fallen government. */
    String whyUnknown(LocalDate day) {
        LocalDate snapshot = source().snapshot();
        if (end() == null && snapshot != null && day.isAfter(snapshot)) {
            return "the source (" + source().name() + ") is current only to " + snapshot
                    + ", when the term was still open; it cannot say whether it lasted to " + day;
        }
        if (end() == null && endBasis().uncertainFrom() != null) {
            return "it is " + endBasis().explanation();
        }
        boolean inEnd = end() != null && !day.isBefore(end().start());
        DateSpan bound = inEnd ? end() : start();
        String known = bound.precision() == DatePrecision.FUZZY ? "as the window " + bound + " (between two snapshots)"
                : "to the " + bound.precision().label();
        return "the record knows the term's " + (inEnd ? "end" : "start") + " only " + known + ", and " + day
                + " falls inside that uncertainty";
    }

    /** Whether the records leave the term open past its source's snapshot, and the day is after it. */
    boolean openPastSnapshot(LocalDate day) {
        LocalDate snapshot = source().snapshot();
        return end() == null && endBasis().uncertainFrom() == null && snapshot != null && day.isAfter(snapshot);
    }

    public NameMatch match(PersonName written) {
        if (written.isEmpty() || !store.mayMatch(row, written)) {
            return NameMatch.NONE;
        }
        NameMatch best = NameMatch.NONE;
        for (PersonName name : names()) {
            NameMatch m = written.matchAgainst(name);
            if (m.betterThan(best)) {
                best = m;
            }
        }
        return best;
    }

    public String describe() {
        return Tenure.describe(store.person(row), store.title(row), store.place(row), start(), end());
    }

    /** This term's row, and the record implying its end if another record decided it. */
    public List<Evidence> evidence(String role) {
        List<Evidence> out = new ArrayList<>(2);
        out.add(store.evidence(row, describe(), role));
        Evidence implied = endBasis().implied();
        if (implied != null) {
            out.add(implied);
        }
        return out;
    }

    boolean isIn(TenureStore store) {
        return this.store == store;
    }

    int row() {
        return row;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term other && other.store == store && other.row == row;
    }

    @Override
    public int hashCode() {
        return row;
    }

    @Override
    public String toString() {
        return describe();
    }
}
