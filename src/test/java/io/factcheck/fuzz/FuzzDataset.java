package io.factcheck.fuzz;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.story.StoryChecker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled dataset, loaded once for the targets that verify, at a fixed "today" so that runs repeat. */
final class FuzzDataset {
    static final ReferenceDataset DATASET = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")),
            Clock.fixed(Instant.parse("2021-06-28T12:00:00Z"), ZoneOffset.UTC));
    static final StoryChecker STORIES = new StoryChecker(DATASET);

    private FuzzDataset() {
    }

    /** A verdict that confirms or contradicts cites the records it rests on. */
    static void checkEvidence(Verdict verdict, String input) {
        assertThat(verdict).as(input).isNotNull();
        if (verdict.verdict() == VerdictLabel.SUPPORTED || verdict.verdict() == VerdictLabel.REFUTED) {
            assertThat(verdict.evidence()).as(input).isNotEmpty();
        }
    }
}
