package io.factcheck.official;

import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.Layered;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A layer's term that a lower term of the same post contradicts without being replaced: the same person with other
 * dates (a start, or both recorded ends, more than {@value #SLACK_DAYS} days apart, where the terms overlap), or
 * someone else in a single-holder post on days both surely held it (a handover of up to {@value #SLACK_DAYS} days
 * aside). A start known only to the year is not contradicted by a day within that year, nor a term open at its
 * source's snapshot by a successor after it.
 */
final class TenureConflicts {
    static final int SLACK_DAYS = 3;

    private final TenureStore store;
    private final BiPredicate<Integer, Integer> samePerson;

    TenureConflicts(TenureStore store, BiPredicate<Integer, Integer> samePerson) {
        this.store = store;
        this.samePerson = samePerson;
    }

    /** Checks each layer row of a post (its rows in start order, ends reconciled) against the lower rows. */
    void check(int[] post, boolean single, List<LayerConflict> out) {
        for (int row : post) {
            int level = store.level(row);
            if (level == 0) {
                continue;
            }
            for (int lower : post) {
                if (store.level(lower) >= level) {
                    continue;
                }
                if (samePerson.test(row, lower)) {
                    if (meet(possibleFrom(row), possibleUntil(row), possibleFrom(lower), possibleUntil(lower))
                            && (apart(store.startFirstDay(row), store.startLastDay(row), store.startFirstDay(lower),
                            store.startLastDay(lower)) || endsApart(row, lower))) {
                        out.add(conflict("term dates", row, lower, "the same person's term, dated otherwise"));
                    }
                } else if (single && overlap(store.startLastDay(row), certainUntil(row), store.startLastDay(lower),
                        certainUntil(lower)) > SLACK_DAYS) {
                    out.add(conflict("single holder", row, lower, "two holders of a one-holder post on the same days"));
                }
            }
        }
    }

    private boolean endsApart(int row, int lower) {
        var a = store.recordedEnd(row);
        var b = store.recordedEnd(lower);
        return a != null && b != null && apart(a.start().toEpochDay(), a.end().toEpochDay(), b.start().toEpochDay(),
                b.end().toEpochDay());
    }

    private LayerConflict conflict(String kind, int row, int lower, String reason) {
        Tenure a = store.tenure(row);
        Tenure b = store.tenure(lower);
        return new LayerConflict(kind, a.location(), Layered.key(a.source().id(), a.recordId()), b.location(),
                Layered.key(b.source().id(), b.recordId()), reason + ": " + a.describe(store.effectiveEnd(row))
                + " against " + b.describe(store.effectiveEnd(lower)));
    }

    private long possibleFrom(int row) {
        return store.startFirstDay(row);
    }

    private long possibleUntil(int row) {
        return store.hasEffectiveEnd(row) ? store.effectiveEndLastDay(row) : Long.MAX_VALUE;
    }

    /**
     * A term open in its source is sure only to the source's snapshot: after it, the source cannot say who held the
     * post, and an end implied by a successor only bounds it (Liz Truss, from "2022", is not ended by Sunak's record of
     * the same year but by one of 2024: she did not surely hold the post to then). A recorded end known to a window of
     * days is sure to the window's first day.
     */
    private long certainUntil(int row) {
        long until = store.hasEffectiveEnd(row) ? store.effectiveEndFirstDay(row) : Long.MAX_VALUE;
        if (store.recordedEnd(row) != null) {
            return until;
        }
        LocalDate snapshot = store.source(row).snapshot();
        return snapshot == null ? until : Math.min(until, snapshot.toEpochDay());
    }

    private static boolean meet(long fromA, long untilA, long fromB, long untilB) {
        return fromA <= untilB && fromB <= untilA;
    }

    /** Whether two spans of days lie more than the slack apart. */
    private static boolean apart(long fromA, long untilA, long fromB, long untilB) {
        return fromA - untilB > SLACK_DAYS || fromB - untilA > SLACK_DAYS;
    }

    /** The days two spans share, 0 when none. */
    private static long overlap(long fromA, long untilA, long fromB, long untilB) {
        return Math.max(0, Math.min(untilA, untilB) - Math.max(fromA, fromB));
    }
}
