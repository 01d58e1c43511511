package io.factcheck.dates;

import io.factcheck.dates.DateExpressionException.Reason;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a date as news copy writes it ("Feb. 1", "Sunday night", "almost five months ago", "2/1/2021") into every
 * reading it may have, most plausible first. Framework-free and stateless: one instance can serve all threads.
 * <p>
 * Partial and relative dates are read against the article's publication date (the anchor) with a past bias (see
 * {@link PastBias}, {@link RelativeForms}, {@link Hedge}, {@link Part}); without an anchor they fail with
 * {@link Reason#NEEDS_PUBLICATION_DATE}. Text that is not entirely a date fails too: the reader does not guess.
 */
public final class DateExpressionReader {
    /** Longer text is refused before any work: dates are short, and the caller's input is untrusted. */
    static final int MAX_LENGTH = 120;
    private static final Kind[] KINDS = Kind.values();

    /** Reads a text that needs no anchor ("2021-02-01", "February 2021"). */
    public DateReadings read(String text) {
        return read(text, null);
    }

    /**
     * @param text   the date as written
     * @param anchor the publication date of the copy, or null when unknown
     * @throws DateExpressionException with the reason the text was not read
     */
    public DateReadings read(String text, LocalDate anchor) {
        return read(text, anchor, Bias.PAST);
    }

    /**
     * @param bias which way a date without a year points from the anchor: back (news reporting what happened) or
     *             ahead (a sentence about what is yet to happen)
     */
    public DateReadings read(String text, LocalDate anchor, Bias bias) {
        String written = text == null ? "" : text;
        if (written.isBlank()) {
            throw new DateExpressionException(Reason.EMPTY, written, "there is no date to read");
        }
        if (written.length() > MAX_LENGTH) {
            throw new DateExpressionException(Reason.NOT_A_DATE, written.substring(0, MAX_LENGTH) + "...",
                    "longer than any date expression (" + written.length() + " characters)");
        }
        String negative = negativeNumber(written);
        if (negative != null) {
            throw new DateExpressionException(Reason.NOT_A_DATE, written,
                    "'" + negative + "' is negative: no day, year or count of a date is");
        }
        List<Token> tokens = Tokenizer.tokenize(written);
        String unknown = unknownWords(tokens);
        if (unknown != null) {
            throw new DateExpressionException(Reason.UNKNOWN_WORD, written, "not understood: " + unknown);
        }
        if (tokens.size() > Grammar.MAX_TOKENS) {
            throw new DateExpressionException(Reason.NOT_A_DATE, written,
                    "longer than any date expression (" + tokens.size() + " words)");
        }
        ReadContext context = new ReadContext(written, anchor, bias == null ? Bias.PAST : bias);
        Parsed parsed = Grammar.parse(tokens, context);
        if (parsed == null) {
            throw new DateExpressionException(Reason.NOT_A_DATE, written,
                    tokens.isEmpty() ? "nothing but filler words" : "no date form is made of " + describe(tokens));
        }
        return new DateReadings(written, weekdayFirst(parsed), parsed.rule(), parsed.understood(),
                parsed.statedWeekday(), context.anchorUsed());
    }

    /** Readings in order, except that those on the stated weekday come first ("Monday, 2/1/2021"). */
    private static List<DateSpan> weekdayFirst(Parsed parsed) {
        List<DateSpan> spans = new ArrayList<>(parsed.readings().size());
        for (Reading reading : parsed.readings()) {
            spans.add(reading.span());
        }
        if (parsed.statedWeekday() == null || spans.size() < 2) {
            return spans;
        }
        List<DateSpan> ordered = new ArrayList<>(spans.size());
        for (DateSpan span : spans) {
            if (span.start().getDayOfWeek() == parsed.statedWeekday()) {
                ordered.add(span);
            }
        }
        for (DateSpan span : spans) {
            if (!ordered.contains(span)) {
                ordered.add(span);
            }
        }
        return ordered;
    }

    /**
     * A minus sign in front of digits at the start of a word ("February -1, 2021", "-5 days ago"), or null. A dash
     * inside a word is no sign: "2021-02-01", "mid-2021", "1990-91".
     */
    private static String negativeNumber(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean minus = c == '-' || c == '\u2212' || c == '\u2013' || c == '\u2012' || c == '\u2010';
            if (minus && Character.isDigit(text.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || Character.isSpaceChar(text.charAt(i - 1))
                    || text.charAt(i - 1) == ',' || text.charAt(i - 1) == '(')) {
                int end = i + 1;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                return text.substring(i, end);
            }
        }
        return null;
    }

    private static String unknownWords(List<Token> tokens) {
        StringBuilder out = null;
        for (Token token : tokens) {
            if (token.is(Kind.UNKNOWN)) {
                out = out == null ? new StringBuilder() : out.append(", ");
                out.append('\'').append(token.word()).append('\'');
            }
        }
        return out == null ? null : out.toString();
    }

    private static String describe(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (out.length() > 0) {
                out.append(", ");
            }
            Kind kind = KINDS[Integer.numberOfTrailingZeros(token.kinds())];
            out.append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" '").append(token.word())
                    .append('\'');
        }
        return out.toString();
    }
}
