package io.factcheck.timeml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document read the way {@code ../shared/tools/timeml-score} reads one: the DCT's value (its day), the text
 * of TEXT with every tag taken out and entities decoded, and each TIMEX3 in it with its span in that text (UTF-16
 * offsets, as the story check counts), type and value.
 */
public record TimeMlFile(String dct, String text, List<Timex> timexes) {

    /** One TIMEX3 of the text, with all its attributes as written. */
    public record Timex(int start, int end, String type, String value, Map<String, String> attributes) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public static TimeMlFile read(String raw) {
        Matcher dct = DCT.matcher(raw);
        Matcher body = TEXT.matcher(raw);
        if (!dct.find() || !body.find()) {
            throw new IllegalArgumentException("not a TimeML document with a DCT and a TEXT");
        }
        String inside = body.group(1);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(inside);
        int at = 0;
        int open = -1;
        Map<String, String> attributes = null;
        while (tag.find()) {
            text.append(unescape(inside.substring(at, tag.start())));
            at = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open = text.length();
                attributes = attributes(tag.group(3));
            } else if (open >= 0) {
                timexes.add(new Timex(open, text.length(), attributes.get("type"), attributes.get("value"),
                        attributes));
                open = -1;
            }
        }
        text.append(unescape(inside.substring(at)));
        return new TimeMlFile(dct.group(1).substring(0, 10), text.toString(), List.copyOf(timexes));
    }

    private static Map<String, String> attributes(String written) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(written);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2)));
        }
        return out;
    }

    /** The XML entities the corpus and the service write. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
