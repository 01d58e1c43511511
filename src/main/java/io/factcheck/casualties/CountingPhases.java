package io.factcheck.casualties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A counter that restarts its count at each escalation (Lebanon's Ministry of Public Health: phase 1 from
 * 8 October 2023 to 4 December 2024, phase 2 from 2 March 2026) has two readings: the figure as it published it,
 * within its counting phase ({@link CasualtySeries.Counting#PHASE}), and a continuous total across the phases
 * ({@link CasualtySeries.Counting#WHOLE}). Copy quotes the published figure, so that one judges a claim, unless the
 * claim speaks of the whole period since October 2023; the explanation says which was used.
 */
final class CountingPhases {
    /** "since October 2023", "since 8 October", "since Oct. 7, 2023", "since the start of the war". */
    private static final Pattern WHOLE_PERIOD = Pattern.compile("\\bsince (?:the )?(?:(?:7|8)(?:th)? (?:of )?october"
            + "|oct(?:ober|\\.)? ?(?:(?:7|8)(?:th)?,? ?)?(?:2023)?|2023|(?:start|beginning|outbreak) of (?:the )?"
            + "(?:war|conflict|hostilities|fighting|escalation))", Pattern.CASE_INSENSITIVE);

    private CountingPhases() {
    }

    /** Whether the claim's words speak of the whole period since October 2023. */
    static boolean wholePeriod(String event) {
        return event != null && WHOLE_PERIOD.matcher(event).find();
    }

    /** The series of the reading the claim means: the whole-period total or the figures as published. */
    static List<CasualtyIndex.Entry> narrow(List<CasualtyIndex.Entry> pool, String event) {
        boolean anyPhases = false;
        for (CasualtyIndex.Entry e : pool) {
            anyPhases |= e.series().counting() != CasualtySeries.Counting.CONTINUOUS;
        }
        if (!anyPhases) {
            return pool;
        }
        CasualtySeries.Counting other = wholePeriod(event) ? CasualtySeries.Counting.PHASE
                : CasualtySeries.Counting.WHOLE;
        List<CasualtyIndex.Entry> out = new ArrayList<>(pool.size());
        for (CasualtyIndex.Entry e : pool) {
            if (e.series().counting() != other) {
                out.add(e);
            }
        }
        return out.isEmpty() ? pool : out;
    }

    /** Which reading decided, in words for the explanation, or "" for a counter that never restarts. */
    static String note(CasualtyIndex.Entry chosen, LocalDate day) {
        CasualtySeries s = chosen.series();
        return switch (s.counting()) {
            case CONTINUOUS -> "";
            case WHOLE -> " The claim speaks of the whole period since October 2023, so it is judged against the"
                    + " continuous total across the counter's phases, not the figure published within its current"
                    + " counting phase.";
            case PHASE -> {
                LocalDate restart = restartBefore(chosen.figures(), day);
                yield " This is the figure as " + s.counter() + " published it, within its counting phase"
                        + (restart == null ? "" : " (its count restarted with the report of " + restart + ")")
                        + ": it restarts its count at each escalation. A claim about the whole period since"
                        + " October 2023 is judged against the continuous total.";
            }
        };
    }

    /** The first day of the counting phase holding {@code day}: the last figure below the one before it. */
    private static LocalDate restartBefore(SeriesFigures figures, LocalDate day) {
        LocalDate restart = null;
        long previous = -1;
        for (int i = 0; i < figures.days() && !figures.date(i).isAfter(day); i++) {
            long v = figures.figures(i).get(0).value();
            if (v < previous) {
                restart = figures.date(i);
            }
            previous = v;
        }
        return restart;
    }

    /**
     * For a claim the figure as published refutes: the words saying that the continuous total across the phases
     * fits it instead, or null. Copy may mean the whole period without saying "since October 2023", so such a
     * claim is not refuted, only left open.
     */
    static String wholeFits(CasualtyIndex.Entry chosen, List<CasualtyIndex.Entry> others, CountInterval allowed,
                            LocalDate day, int window) {
        if (chosen.series().counting() != CasualtySeries.Counting.PHASE) {
            return null;
        }
        for (CasualtyIndex.Entry e : others) {
            SeriesFigures f = e.figures();
            int i = f.floor(day);
            if (e.series().counting() != CasualtySeries.Counting.WHOLE || i < 0
                    || java.time.temporal.ChronoUnit.DAYS.between(f.date(i), day) > window) {
                continue;
            }
            CasualtyObservation o = f.figures(i).get(0);
            if (allowed.contains(o.value())) {
                return " But the continuous total since October 2023 (" + Counts.format(o.value()) + " as of "
                        + o.asOf() + ") fits it: the copy may mean the whole period without saying so. It cannot be"
                        + " refuted until it says which count it gives.";
            }
        }
        return null;
    }
}
