package io.factcheck.official;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layer over the bundled officials answers the same whether the base is read from its compiled image (its rows
 * masked and the layer's appended) or parsed from tenures.csv and merged row by row.
 */
class LayeredImageTest {
    private static final Path CSV_BASE = Path.of("src/main/resources/dataset");
    private static final Path LAYER = Path.of("src/test/resources/layers/desk-fr");

    private static ReferenceDataset load(DatasetFiles base) {
        return ReferenceDataset.load(List.of(base, DatasetFiles.directory(LAYER)), Clock.systemUTC(),
                Set.of(OfficialVerifier.KIND));
    }

    @Test
    void theImageAndTheCsvGiveTheSameLayeredDataset() throws IOException {
        ReferenceDataset image = load(DatasetFiles.classpath("dataset"));
        ReferenceDataset csv = load(DatasetFiles.directory(CSV_BASE));
        assertThat(image.info().records()).isEqualTo(csv.info().records());
        assertThat(image.info().layers()).usingRecursiveComparison().ignoringFields("location")
                .isEqualTo(csv.info().layers());
        assertThat(image.info().conflicts()).isEqualTo(csv.info().conflicts()).isNotEmpty();

        List<OfficialClaim> claims = new ArrayList<>();
        claims(LAYER.resolve("tenures.csv"), 1, claims);
        claims(CSV_BASE.resolve("tenures.csv"), 401, claims);
        for (OfficialClaim claim : claims) {
            Verdict a = image.officials().verify(claim);
            Verdict b = csv.officials().verify(claim);
            assertThat(a.verdict()).as(claim.toString()).isEqualTo(b.verdict());
            assertThat(a.explanation()).as(claim.toString()).isEqualTo(b.explanation());
        }
        assertThat(claims).hasSizeGreaterThan(100);
    }

    /** A claim on the start day of every n-th row that names a person. */
    private static void claims(Path tenures, int every, List<OfficialClaim> out) throws IOException {
        int[] n = {0};
        try (Reader r = Files.newBufferedReader(tenures)) {
            Csv.read(r, tenures.toString(), List.of("person", "position", "jurisdiction", "start"), row -> {
                if (n[0]++ % every == 0 && !row.get("person").isEmpty()) {
                    out.add(new OfficialClaim(row.get("person"), row.get("position"), row.get("jurisdiction"),
                            row.dateSpan("start").end().toString(), null, null));
                }
            });
        }
    }
}
