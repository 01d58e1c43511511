package io.factcheck.story.timex;

import io.factcheck.story.text.DateMentions;

import java.util.List;

/** One sentence as the tagger reads it: its tokens [from, to) and the date mentions found in it. */
record TimexSentence(int index, int from, int to, List<DateMentions.Mention> dates) {

    /** The date mention covering a token, or null. */
    DateMentions.Mention dateAt(int token) {
        return DateMentions.covering(dates, token);
    }
}
