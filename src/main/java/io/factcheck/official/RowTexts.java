package io.factcheck.official;

/**
 * The texts of a tenure row that {@link TenureStore} makes from the row's other columns instead of storing them:
 * most rows come from Wikidata, whose url and record id repeat the person id and title, and from imported files,
 * whose note is the file and a line number ("ep-cabinets/us-cabinet.csv:812").
 */
final class RowTexts {
    private static final String WIKIDATA = "https://www.wikidata.org/wiki/";
    private static final String POSITION_HELD = " P39 ";

    private RowTexts() {
    }

    /** Whether the url is the Wikidata page of the person id. */
    static boolean urlOfPersonId(Tenure t) {
        return t.personId() != null && t.url() != null && t.url().equals(url(t.personId()));
    }

    static String url(String personId) {
        return WIKIDATA + personId;
    }

    /** Whether the record id is "person id P39 title" (a Wikidata "position held" statement). */
    static boolean recordOfPositionHeld(Tenure t) {
        return t.personId() != null && t.recordId() != null
                && t.recordId().equals(recordId(t.personId(), t.position()));
    }

    static String recordId(String personId, String title) {
        return personId + POSITION_HELD + title;
    }

    /**
     * 1 + the number a note ends in after a colon when written plainly and at most {@code max}, else 0 (the note is
     * then stored whole). The text before the colon is stored once for every row of that file.
     */
    static int noteLine(String note, int max) {
        int colon = note == null ? -1 : note.lastIndexOf(':');
        int digits = colon < 0 ? 0 : note.length() - colon - 1;
        if (digits == 0 || digits > 6 || digits > 1 && note.charAt(colon + 1) == '0') {
            return 0;
        }
        int line = 0;
        for (int i = colon + 1; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            line = line * 10 + c - '0';
        }
        return line <= max ? line + 1 : 0;
    }

    /** The part of a note that is stored, given its {@link #noteLine}. */
    static String storedNote(String note, int noteLine) {
        return noteLine == 0 ? note : note.substring(0, note.lastIndexOf(':'));
    }

    /** The note as written, from its stored part and {@link #noteLine}. */
    static String note(String stored, int noteLine) {
        return noteLine == 0 ? stored : stored + ':' + (noteLine - 1);
    }
}
