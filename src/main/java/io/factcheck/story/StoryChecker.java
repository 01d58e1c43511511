package io.factcheck.story;

import io.factcheck.dataset.ReferenceDataset;

/**
 * Checks a whole story: splits the copy into sentences, runs one finder per claim kind, and hands each claim found
 * to the same verifier the functions use. Stateless and thread-safe once built.
 */
public final class StoryChecker {
    public static final String KIND = "story";

    private final ReferenceDataset dataset;

    public StoryChecker(ReferenceDataset dataset) {
        this.dataset = dataset;
    }

    /** @param story a story that passed its constraints (the doors check them) */
    public StoryCheck check(Story story) {
        throw new UnsupportedOperationException("being written");
    }
}
