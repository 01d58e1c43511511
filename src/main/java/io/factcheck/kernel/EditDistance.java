package io.factcheck.kernel;

/** Bounded optimal-string-alignment distance: adjacent swaps count as one edit, and the search stops past the bound. */
public final class EditDistance {
    private EditDistance() {
    }

    public static boolean atMost(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return false;
        }
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, prevPrev[j - 2] + 1);
                }
                row[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > bound) {
                return false;
            }
            int[] recycled = prevPrev;
            prevPrev = prev;
            prev = row;
            row = recycled;
        }
        return prev[b.length()] <= bound;
    }
}
