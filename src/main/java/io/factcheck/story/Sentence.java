package io.factcheck.story;

import io.factcheck.kernel.Place;
import io.factcheck.story.text.DateMentions;

import java.util.List;

/**
 * One sentence of the copy: its tokens [from, to), the places and dates found in it.
 */
public record Sentence(int index, int from, int to, List<PlaceNames.Mention> places, List<DateMentions.Mention> dates) {

    /** The place mention covering a token, or null. */
    PlaceNames.Mention placeAt(int token) {
        for (PlaceNames.Mention m : places) {
            if (token >= m.from() && token < m.to()) {
                return m;
            }
        }
        return null;
    }

    /** The date mention covering a token, or null. */
    public DateMentions.Mention dateAt(int token) {
        return DateMentions.covering(dates, token);
    }

    /** The one place the sentence names, or null when it names none or several. */
    Place onlyPlace() {
        Place only = null;
        for (PlaceNames.Mention m : places) {
            if (only != null && only != m.place()) {
                return null;
            }
            only = m.place();
        }
        return only;
    }
}
