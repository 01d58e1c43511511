package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.util.List;

/**
 * Where each term ends, settled once at load (see {@link TenureIndex}): on its own row, where a successor in a
 * single-holder post starts, or with the government it served; and whether a post is held by several at once.
 */
final class TermEnds {
    /** How long two holders of a one-holder post may overlap in one source before it counts as several holders. */
    static final int HANDOVER_DAYS = 30;

    private final TenureStore store;
    private final HolderIdentity people;

    TermEnds(TenureStore store, HolderIdentity people) {
        this.store = store;
        this.people = people;
    }

    /**
     * An open tenure ends where a successor in a single-holder post starts. When the government it served ended
     * before any successor, it ends with that government only if its holder was the ruler who fell with it (their
     * Leader spell ended then); anyone else may have stayed on, so from that day the records cannot say.
     */
    void reconcile(int row, int[] post, boolean single, List<Integer> governmentEnds, int[] leaderSpells) {
        DateSpan recorded = store.recordedEnd(row);
        if (recorded != null) {
            store.setEnd(row, recorded, EndKind.RECORDED, -1);
            return;
        }
        DateSpan end = null;
        EndKind kind = EndKind.OPEN;
        int ref = -1;
        if (single) {
            int successor = successor(row, post);
            if (successor >= 0) {
                end = store.start(successor);
                kind = EndKind.SUCCESSOR;
                ref = successor;
            }
        }
        for (int g : governmentEnds) {
            long day = store.governmentEnds().get(g).date().toEpochDay();
            boolean applies = store.startLastDay(row) < day && (end == null || day < end.start().toEpochDay())
                    && !heldAgainFrom(row, post, day);
            if (!applies) {
                continue;
            }
            int fell = fallenRuler(row, day, leaderSpells);
            ref = g;
            if (fell >= 0) {
                end = DateSpan.day(store.governmentEnds().get(g).date());
                kind = EndKind.GOVERNMENT_FELL;
                store.setFallenRuler(row, fell);
            } else {
                kind = EndKind.GOVERNMENT_UNCERTAIN;
            }
        }
        store.setEnd(row, end, kind, ref);
    }

    /**
     * Whether one source shows two people in the post at once for longer than a handover: a title several bodies
     * share (each Australian state's "Attorney-General") or an office of several members, whatever its words say.
     */
    boolean heldSideBySide(int[] post) {
        for (int i = 0; i < post.length; i++) {
            DateSpan end = store.recordedEnd(post[i]);
            if (end == null) {
                continue; // an open row says nothing of when it ended
            }
            long until = end.start().toEpochDay();
            for (int j = i + 1; j < post.length && store.startFirstDay(post[j]) < until; j++) {
                if (store.source(post[j]) == store.source(post[i]) && store.startLastDay(post[j]) + HANDOVER_DAYS < until
                        && store.startPrecision(post[j]) == DatePrecision.DAY && !people.samePerson(post[i], post[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the row's holder took the post again on or after a day. */
    private boolean heldAgainFrom(int row, int[] post, long day) {
        for (int other : post) {
            if (store.startFirstDay(other) >= day && people.samePerson(row, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tenure of another person that starts after this one surely had, and surely started earliest: the holder
     * who replaced it, from the most precise of their records ("2021-02-01" rather than "2021").
     */
    private int successor(int row, int[] post) {
        int best = -1;
        int startedBy = store.startLastDay(row);
        // a term open at its source's snapshot had begun by then: Liz Truss, from "2022" and listed on 2022-10-10,
        // is followed by Sunak from 2022-10-25, though he too began in 2022
        LocalDate snapshot = store.source(row).snapshot();
        if (store.recordedEnd(row) == null && snapshot != null && snapshot.toEpochDay() >= store.startFirstDay(row)) {
            startedBy = (int) Math.min(startedBy, snapshot.toEpochDay());
        }
        for (int other : post) {
            if (best >= 0 && store.startFirstDay(other) > store.startLastDay(best)) {
                break; // rows are in start order: none further on can have surely started earlier
            }
            if (store.startFirstDay(other) > startedBy && !people.samePerson(row, other)
                    && (best < 0 || store.startLastDay(other) < store.startLastDay(best))) {
                best = other;
            }
        }
        return best;
    }

    /** The holder's own Leader spell that ended with this government, if they were the ruler who fell. */
    private int fallenRuler(int row, long day, int[] leaderSpells) {
        for (int spell : leaderSpells) {
            DateSpan end = store.recordedEnd(spell);
            if (end != null && end.start().toEpochDay() <= day && day <= end.end().toEpochDay()
                    && people.samePerson(row, spell)) {
                return spell;
            }
        }
        return -1;
    }
}
