package io.factcheck.dates;

/**
 * The shape of an all-digit date token: two or three groups of 1-4 digits joined by one kind of separator
 * ("2021-02-01", "2/1/2021", "02.01.2021", "2/1"). What the groups mean is decided by {@link AbsoluteForms}.
 */
record NumericDate(char separator, int[] values, int[] widths) {

    /** The shape, or null when the token is not one ("2021--02", "1/2-3", "12345/1"). */
    static NumericDate parse(String word) {
        char separator = 0;
        int[] values = new int[3];
        int[] widths = new int[3];
        int group = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                if (widths[group] == 4) {
                    return null;
                }
                values[group] = values[group] * 10 + (c - '0');
                widths[group]++;
            } else {
                if (separator == 0) {
                    separator = c;
                } else if (c != separator) {
                    return null;
                }
                if (widths[group] == 0 || group == 2) {
                    return null;
                }
                group++;
            }
        }
        if (group == 0 || widths[group] == 0) {
            return null;
        }
        int size = group + 1;
        return new NumericDate(separator, java.util.Arrays.copyOf(values, size), java.util.Arrays.copyOf(widths, size));
    }

    int size() {
        return values.length;
    }

    int value(int group) {
        return values[group];
    }

    int width(int group) {
        return widths[group];
    }
}
