package io.factcheck.story;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;

import java.nio.file.Path;
import java.time.Clock;

/** The story checker over the bundled dataset, loaded once for the story wing's unit tests. */
final class StoryFixture {
    static final StoryChecker CHECKER = new StoryChecker(ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()));

    private StoryFixture() {
    }

    static StoryCheck check(String text, String publishedAt) {
        return CHECKER.check(new Story(text, publishedAt, null, null, null, null));
    }
}
