package io.factcheck.casualties;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Number and date formatting for explanations and suggested wording (thread-safe, no locale lookups per claim). */
final class Counts {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Counts() {
    }

    /** 74159 -> "74,159". */
    static String format(long n) {
        if (n > -1000 && n < 1000) {
            return Long.toString(n);
        }
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int count = digits.length() - start;
        char[] out = new char[digits.length() + (count - 1) / 3];
        int j = out.length;
        for (int i = digits.length() - 1, k = 0; i >= start; i--, k++) {
            if (k > 0 && k % 3 == 0) {
                out[--j] = ',';
            }
            out[--j] = digits.charAt(i);
        }
        if (start == 1) {
            out[--j] = '-';
        }
        return new String(out);
    }

    /** "at least 550": a published figure with the page's own qualifier. */
    static String figure(CasualtyObservation o) {
        return (o.qualifier() == null ? "" : o.qualifier() + " ") + format(o.value());
    }

    /** "40,689, at least 41,020": each distinct figure once. */
    static String figures(List<CasualtyObservation> figs, String separator) {
        List<String> texts = new ArrayList<>(figs.size());
        for (CasualtyObservation o : figs) {
            String t = figure(o);
            if (!texts.contains(t)) {
                texts.add(t);
            }
        }
        return String.join(separator, texts);
    }

    /** 2021-06-28 -> "28 June 2021". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
