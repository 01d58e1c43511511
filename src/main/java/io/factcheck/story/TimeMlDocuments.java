package io.factcheck.story;

import java.time.LocalDate;

/**
 * A checked story as a TimeML document, in the shape of TempEval-3's files: a {@code TimeML} root, {@code DOCID},
 * {@code DCT} holding the story's date as TIMEX3 {@code t0}, and {@code TEXT} with each temporal expression inline as
 * a TIMEX3 ({@code tid}, {@code type}, {@code value}, {@code mod}, {@code anchorTimeID}). Only TIMEX3 are marked: no
 * EVENT, SIGNAL or TLINK.
 */
public final class TimeMlDocuments {
    public static final String MEDIA_TYPE = "application/x-timeml+xml";

    private TimeMlDocuments() {
    }

    /** The document for a story's text, date and dates; {@code docId} names it (the story's url or title). */
    public static String of(String docId, LocalDate published, String text, Iterable<StoryCheck.DateEntry> dates) {
        StringBuilder out = new StringBuilder(text.length() * 2 + 256);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>").append(escape(docId))
                .append("</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(published)
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(published)
                .append("</TIMEX3></DCT>\n<TEXT>");
        int at = 0;
        for (StoryCheck.DateEntry d : dates) {
            if (d.span().start() < at) {
                continue; // expressions do not overlap; if one ever did, the first keeps its place
            }
            out.append(escape(text.substring(at, d.span().start())));
            out.append("<TIMEX3 tid=\"").append(d.tid()).append("\" type=\"").append(d.type())
                    .append("\" value=\"").append(escape(d.value())).append('"');
            if (d.mod() != null) {
                out.append(" mod=\"").append(d.mod()).append('"');
            }
            out.append(" temporalFunction=\"").append(d.anchorTimeID() != null).append('"');
            if (d.anchorTimeID() != null) {
                out.append(" anchorTimeID=\"").append(d.anchorTimeID()).append('"');
            }
            out.append('>').append(escape(text.substring(d.span().start(), d.span().end()))).append("</TIMEX3>");
            at = d.span().end();
        }
        out.append(escape(text.substring(at))).append("</TEXT>\n</TimeML>\n");
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
