package io.factcheck.story.timex;


import io.factcheck.story.text.Token;

import java.util.List;

/** A family of temporal expressions the tagger looks for, reading and writing the state of one {@link TimexRun}. */
abstract class TimexFamily {
    final TimexRun r;
    /** The copy's tokens, which every rule reads by index. */
    final List<Token> t;

    TimexFamily(TimexRun r) {
        this.r = r;
        this.t = r.t;
    }
}
