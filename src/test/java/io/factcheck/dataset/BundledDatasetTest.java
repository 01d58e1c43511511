package io.factcheck.dataset;

import io.factcheck.importer.BuildDataset;
import io.factcheck.kernel.DatasetFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed dataset loads, and is exactly what the importers make of the public sources. */
class BundledDatasetTest {
    static final Path BUNDLED = Path.of("src/main/resources/dataset");
    static final Path SOURCES = Path.of("../shared/data");

    @Test
    void bundledDatasetLoadsWithItsProvenance() {
        ReferenceDataset dataset = ReferenceDataset.load(DatasetFiles.directory(BUNDLED), Clock.systemUTC());
        assertThat(dataset.info().records().get("tenures")).isGreaterThan(3000);
        assertThat(dataset.info().records().get("places")).isGreaterThan(200);
        assertThat(dataset.info().sources()).allSatisfy(s -> {
            assertThat(s.licence()).isNotBlank();
            assertThat(s.snapshot()).isNotNull();
        });
    }

    @Test
    void rebuildingFromTheSourcesReproducesTheCommittedFiles(@TempDir Path out) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SOURCES), "the public sources are beside the project (../shared/data)");
        BuildDataset.build(SOURCES, out, Path.of("src/main/dataset/curated"));
        List<String> written;
        try (var files = Files.list(out)) {
            written = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        try (var files = Files.list(BUNDLED)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .as("the bundled directory holds exactly what a rebuild writes").isEqualTo(written);
        }
        for (String file : written) {
            assertThat(out.resolve(file)).as(file + " drifted: rebuild with ./mvnw compile exec:java")
                    .hasSameBinaryContentAs(BUNDLED.resolve(file));
        }
    }
}
