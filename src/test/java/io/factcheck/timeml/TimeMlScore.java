package io.factcheck.timeml;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TempEval-3's figures, as {@code timeml-score} counts them: a found expression matches the first gold one it
 * overlaps that no other has matched (relaxed), strict when the spans are equal, and value F1 is relaxed F1 times
 * the share of relaxed matches whose value is right. Adds up over stories.
 */
public final class TimeMlScore {
    /** A found expression: its span, type and value. */
    public record Found(int start, int end, String type, String value) {
    }

    private int gold;
    private int found;
    private int relaxed;
    private int strict;
    private int values;

    /** Scores one story's found expressions against its gold ones, both already limited to the types scored. */
    public void add(List<TimeMlFile.Timex> goldOnes, List<Found> foundOnes) {
        gold += goldOnes.size();
        found += foundOnes.size();
        Set<Integer> used = new HashSet<>();
        for (TimeMlFile.Timex g : goldOnes) {
            for (int k = 0; k < foundOnes.size(); k++) {
                Found f = foundOnes.get(k);
                if (!used.contains(k) && f.start() < g.end() && g.start() < f.end()) {
                    used.add(k);
                    relaxed++;
                    strict += f.start() == g.start() && f.end() == g.end() ? 1 : 0;
                    values += g.value() != null && g.value().equals(f.value()) ? 1 : 0;
                    break;
                }
            }
        }
    }

    public double relaxedF1() {
        return f1(relaxed);
    }

    public double strictF1() {
        return f1(strict);
    }

    public double valueF1() {
        return relaxed == 0 ? 0 : f1(relaxed) * values / relaxed;
    }

    public int gold() {
        return gold;
    }

    public int found() {
        return found;
    }

    private double f1(int matched) {
        double p = found == 0 ? 0 : (double) matched / found;
        double r = gold == 0 ? 0 : (double) matched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "gold %d, found %d; relaxed F1 %.3f; strict F1 %.3f; value F1 %.4f",
                gold, found, relaxedF1(), strictF1(), valueF1());
    }
}
