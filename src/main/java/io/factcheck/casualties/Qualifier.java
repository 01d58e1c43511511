package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;
import io.factcheck.kernel.ClaimRejected;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a claim's figure is qualified, and the counts each qualifier allows. This table is the one rule set; a
 * qualifier not in it is rejected (HTTP 400 naming {@code qualifier}) with the list. Matching folds case and
 * punctuation.
 *
 * <h2>Rules (N is the claim's count)</h2>
 * <table>
 *   <tr><th>qualifier</th><th>as written</th><th>allows</th></tr>
 *   <tr><td>exactly</td><td>(absent), exact, exactly, precisely, only, a total of</td>
 *       <td>N; a bare round figure (2 or more trailing zeros: 4,500, 35,000) is read as "about N"</td></tr>
 *   <tr><td>about</td><td>about, around, some, approximately, roughly, an estimated, estimated, circa,
 *       more or less</td><td>N − t to N + t</td></tr>
 *   <tr><td>nearly</td><td>nearly, almost, close to, just under, not quite, just shy of, slightly fewer than,
 *       slightly less than</td><td>N − t to N − 1 (below N, within the tolerance)</td></tr>
 *   <tr><td>just over</td><td>just over, just above, slightly more than, a little over, a little more than</td>
 *       <td>N + 1 to N + t</td></tr>
 *   <tr><td>at least</td><td>at least, a minimum of, no fewer than, no less than, not less than</td>
 *       <td>N or more</td></tr>
 *   <tr><td>more than</td><td>more than, over, upwards of, in excess of, above, exceeding</td>
 *       <td>N + 1 or more</td></tr>
 *   <tr><td>up to</td><td>up to, as many as, at most, no more than, not more than, a maximum of</td>
 *       <td>0 to N ("as many as" is an upper bound)</td></tr>
 *   <tr><td>fewer than</td><td>fewer than, less than, under, below</td><td>0 to N − 1</td></tr>
 * </table>
 *
 * <h2>Tolerance t of a round figure</h2>
 * A written figure carries its own precision: its rounding unit is 10^(number of trailing zeros), so 400,000 has
 * unit 100,000 and 12,391 unit 1. {@code t = max(unit / 2, ceil(2% of N))}, capped at 10% of N (but at least 1).
 * "about 400,000" allows 360,000 to 440,000 (so 397,637 fits); "about 12,000" allows 11,500 to 12,500 (12,391
 * fits); "nearly 75,000" allows 73,500 to 74,999 (74,159 fits); "about 50,000" allows 45,000 to 55,000 (90,762
 * does not).
 *
 * <h2>Literally true but misleading</h2>
 * A lower bound (at least, more than) below half the count ("more than 50 killed" when 883 were counted) and an
 * upper bound (up to, fewer than) more than twice the count are MISLEADING rather than SUPPORTED.
 */
public enum Qualifier {
    EXACT("exactly", Bound.POINT, "exact", "exactly", "precisely", "only", "a total of"),
    ABOUT("about", Bound.POINT, "about", "around", "some", "approximately", "roughly", "an estimated", "estimated",
            "circa", "more or less"),
    NEARLY("nearly", Bound.POINT, "nearly", "almost", "close to", "just under", "not quite", "just shy of",
            "slightly fewer than", "slightly less than"),
    JUST_OVER("just over", Bound.POINT, "just over", "just above", "slightly more than", "a little over",
            "a little more than"),
    AT_LEAST("at least", Bound.LOWER, "at least", "a minimum of", "no fewer than", "no less than", "not less than"),
    MORE_THAN("more than", Bound.LOWER, "more than", "over", "upwards of", "in excess of", "above", "exceeding"),
    UP_TO("up to", Bound.UPPER, "up to", "as many as", "at most", "no more than", "not more than", "a maximum of"),
    FEWER_THAN("fewer than", Bound.UPPER, "fewer than", "less than", "under", "below");

    /** Whether the qualifier bounds the count from one side (and can understate or overstate it) or names it. */
    public enum Bound { POINT, LOWER, UPPER }

    /**
     * A bare figure with at least this many trailing zeros is read as approximate: copy writes "4,500 children" for
     * a ministry's 4,506, and rounding to the hundred is what a reader takes it for.
     */
    public static final int ROUND_ZEROS = 2;

    private static final Map<String, Qualifier> BY_PHRASE = new HashMap<>();
    private static final String ACCEPTED;

    static {
        for (Qualifier q : values()) {
            for (String phrase : q.phrases) {
                BY_PHRASE.put(TextFold.fold(phrase), q);
            }
        }
        ACCEPTED = Stream.of(values()).flatMap(q -> q.phrases.stream()).collect(Collectors.joining(", "))
                + " (or none: the figure is exact)";
    }

    private final String label;
    private final Bound bound;
    private final List<String> phrases;

    Qualifier(String label, Bound bound, String... phrases) {
        this.label = label;
        this.bound = bound;
        this.phrases = List.of(phrases);
    }

    /**
     * The qualifier as written; null or blank is {@link #EXACT}.
     *
     * @throws ClaimRejected naming {@code qualifier}, with the accepted list
     */
    public static Qualifier read(String written) {
        if (written == null || written.isBlank()) {
            return EXACT;
        }
        Qualifier q = BY_PHRASE.get(TextFold.fold(written));
        if (q == null) {
            throw new ClaimRejected("qualifier", "'" + written + "' is not a qualifier this service reads; accepted: "
                    + ACCEPTED);
        }
        return q;
    }

    /** Every phrase read as a qualifier, folded ("at least", "more than", "an estimated"). */
    public static Set<String> phrases() {
        return BY_PHRASE.keySet();
    }

    /** The qualifier as written in a source row, or null when it is none of the table's. */
    static Qualifier readOrNull(String written) {
        return written == null || written.isBlank() ? null : BY_PHRASE.get(TextFold.fold(written));
    }

    /** The canonical phrase: "at least". */
    public String label() {
        return label;
    }

    public Bound bound() {
        return bound;
    }

    /** The counts "qualifier N" allows; empty for nonsense such as "fewer than 0". */
    public CountInterval allowed(long n) {
        long t = tolerance(n);
        return switch (this) {
            case EXACT -> readsAsRound(n) ? new CountInterval(n - t, n + t) : CountInterval.exactly(n);
            case ABOUT -> new CountInterval(n - t, n + t);
            case NEARLY -> new CountInterval(n - t, n - 1);
            case JUST_OVER -> new CountInterval(n + 1, n + t);
            case AT_LEAST -> new CountInterval(n, CountInterval.UNBOUNDED);
            case MORE_THAN -> new CountInterval(n + 1, CountInterval.UNBOUNDED);
            case UP_TO -> new CountInterval(0, n);
            case FEWER_THAN -> new CountInterval(0, n - 1);
        };
    }

    /** Whether a bare N is read as "about N": a round figure, {@value #ROUND_ZEROS} or more trailing zeros. */
    public boolean readsAsRound(long n) {
        return this == EXACT && trailingZeros(n) >= ROUND_ZEROS;
    }

    /**
     * Literally satisfied but far off: a lower bound below half the lowest count the data allows, or an upper
     * bound above twice the highest.
     */
    public boolean misleads(long n, CountInterval count) {
        return switch (bound) {
            case LOWER -> 2 * n < count.min();
            case UPPER -> count.bounded() && n > 2 * count.max();
            case POINT -> false;
        };
    }

    /** The tolerance of "about N": max(half the rounding unit, 2% of N), capped at 10% of N, at least 1. */
    public static long tolerance(long n) {
        if (n <= 0) {
            return 0;
        }
        long unit = 1;
        for (int z = trailingZeros(n); z > 0; z--) {
            unit *= 10;
        }
        long t = Math.max(unit / 2, (n + 49) / 50);
        return Math.min(t, Math.max(1, n / 10));
    }

    static int trailingZeros(long n) {
        if (n <= 0) {
            return 0;
        }
        int z = 0;
        while (n % 10 == 0) {
            n /= 10;
            z++;
        }
        return z;
    }
}
