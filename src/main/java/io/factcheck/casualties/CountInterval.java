package io.factcheck.casualties;

/**
 * An inclusive range of whole counts, {@code max == Long.MAX_VALUE} meaning no upper bound: what a claim allows
 * ("at least 883" is 883..unbounded) or what the data says the count was (between two published figures).
 */
public record CountInterval(long min, long max) {
    public static final long UNBOUNDED = Long.MAX_VALUE;

    public static CountInterval exactly(long n) {
        return new CountInterval(n, n);
    }

    public boolean isEmpty() {
        return max < min;
    }

    public boolean bounded() {
        return max != UNBOUNDED;
    }

    public boolean contains(long count) {
        return count >= min && count <= max;
    }

    /** Every count of {@code other} lies in this range. */
    public boolean containsAll(CountInterval other) {
        return other.min >= min && other.max <= max;
    }

    /** No count of {@code other} lies in this range. */
    public boolean disjoint(CountInterval other) {
        return other.max < min || other.min > max;
    }

    /** "exactly 883", "883 or more", "49 or fewer", "360,000 to 440,000". */
    public String describe() {
        if (min == max) {
            return "exactly " + Counts.format(min);
        }
        if (!bounded()) {
            return Counts.format(min) + " or more";
        }
        if (min == 0) {
            return Counts.format(max) + " or fewer";
        }
        return Counts.format(min) + " to " + Counts.format(max);
    }
}
