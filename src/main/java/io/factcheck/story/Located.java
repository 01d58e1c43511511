package io.factcheck.story;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

/**
 * Where a claim is, and how the finder knows: named by the claim's own words ({@code how} null), or inferred from
 * the sentence, the story or its dateline. An inferred place lowers the confidence and never refutes on its own.
 */
record Located(Place place, String how) {
    static final Located NOWHERE = new Located(null, null);
    private static final String DATELINE = "the story's dateline";
    /** An inferred place makes a verdict less sure: the finder may have picked the wrong country. */
    static final double INFERRED_CONFIDENCE = 0.8;

    boolean inferred() {
        return place != null && how != null;
    }

    /** "Myanmar (the country the story names most)". */
    String describe() {
        return place.name() + " (" + how + ")";
    }

    /**
     * A verdict reached on this inferred place: less sure, and never REFUTED on that alone, since the copy may mean
     * another country than the one the finder took.
     */
    Verdict weigh(Verdict verdict, String placeField) {
        String note = " The " + placeField + " is not in the claim's words; it was taken as " + describe() + ".";
        if (verdict.verdict() == VerdictLabel.REFUTED) {
            return new Verdict(verdict.kind(), VerdictLabel.UNVERIFIABLE, 0.0, verdict.claim(),
                    "Read with the " + placeField + " " + place.name() + ", the records contradict it: "
                            + verdict.explanation() + note + " An inferred " + placeField
                            + " alone does not refute a claim.", verdict.evidence(), verdict.dataset());
        }
        return new Verdict(verdict.kind(), verdict.verdict(),
                Math.round(verdict.confidence() * INFERRED_CONFIDENCE * 100) / 100.0,
                verdict.claim(), verdict.explanation() + note, verdict.evidence(), verdict.dataset());
    }

    /** The claim's own place, else the sentence's only place, else the story's most named, else the dateline's. */
    static Located of(Place own, Sentence sentence, Place mostNamed, Place dateline) {
        return resolve(own, sentence.onlyPlace(), mostNamed, dateline);
    }

    /** As {@link #of(Place, Sentence, Place, Place)}, saying which city of the dateline gave its country. */
    static Located of(Place own, Sentence sentence, Place mostNamed, Place dateline, String datelineCity) {
        Located where = of(own, sentence, mostNamed, dateline);
        return datelineCity != null && where.place() == dateline && DATELINE.equals(where.how())
                ? new Located(dateline, DATELINE + ": " + datelineCity) : where;
    }

    /** As {@link #of(Place, Sentence, Place, Place)}, for a claim that says it is about the story's own country. */
    static Located ofStory(Place mostNamed, Place dateline) {
        return resolve(null, null, mostNamed, dateline);
    }

    private static Located resolve(Place own, Place inSentence, Place mostNamed, Place dateline) {
        if (own != null) {
            return new Located(own, null);
        }
        if (inSentence != null) {
            return new Located(inSentence, "the country its sentence names");
        }
        if (mostNamed != null) {
            return new Located(mostNamed, "the country the story names most");
        }
        if (dateline != null) {
            return new Located(dateline, DATELINE);
        }
        return NOWHERE;
    }
}
