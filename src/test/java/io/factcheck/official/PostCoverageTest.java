package io.factcheck.official;

import io.factcheck.dataset.SmallDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the officials' records cover, post by post: span, holders, records, sources and the titles copy may use. */
class PostCoverageTest {

    private static Map<String, List<PostCoverage>> coverage(Path dir, String tenures) {
        return new SmallDataset(dir).write("tenures.csv", SmallDataset.TENURE_HEADER + tenures).load()
                .officials().coverage();
    }

    private static PostCoverage post(List<PostCoverage> posts, String label) {
        return posts.stream().filter(p -> p.post().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aPostSpansItsFirstStartToItsLastHolderStillInOfficeAtTheSnapshot(@TempDir Path dir) {
        List<PostCoverage> ruritania = coverage(dir, """
                Rupert of Hentzau,,,Minister of Defence,Ruritania,2010,2020-03-01,,desk,,r1,
                Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,desk,,r2,
                Rudolf Rassendyll,,,Ruritanian Defence Minister,Ruritania,2020-03-01,,,coups,,c1,
                """).get("ruritania");
        PostCoverage defence = post(ruritania, "Minister of Defence");
        assertThat(defence.from()).isEqualTo("2010");
        assertThat(defence.to()).isEqualTo("2024-01-31"); // the desk's snapshot, later than the coup list's
        assertThat(defence.openAtSnapshot()).isTrue();
        assertThat(defence.holders()).isEqualTo(2);
        assertThat(defence.records()).isEqualTo(3);
        assertThat(defence.sources()).containsExactly("coups", "desk");
        assertThat(defence.alsoWritten()).containsExactly("Ruritanian Defence Minister");
        assertThat(ruritania).hasSize(1);
    }

    @Test
    void aPostWhoseLastTermEndedEndsThere(@TempDir Path dir) {
        PostCoverage chancellor = coverage(dir, """
                Fritz von Tarlenheim,,,Chancellor,Ruritania,1990-05-01,1999-12-31,,desk,,r1,
                Colonel Sapt,,,Chancellor,Ruritania,1985-01-01,1990-05-01,,desk,,r2,
                """).get("ruritania").get(0);
        assertThat(chancellor.from()).isEqualTo("1985-01-01");
        assertThat(chancellor.to()).isEqualTo("1999-12-31");
        assertThat(chancellor.openAtSnapshot()).isFalse();
        // copy calls any head of government "Prime Minister": the verifier finds the Chancellor by it
        assertThat(chancellor.alsoWritten()).containsExactly("Prime Minister");
    }

    @Test
    void aTermOpenInASourceWithoutSnapshotLeavesTheEndOpen(@TempDir Path dir) {
        PostCoverage finance = coverage(dir, """
                Colonel Sapt,,,Minister of Finance,Ruritania,1985-01-01,1990-05-01,,desk,,r1,
                Fritz von Tarlenheim,,,Minister of Finance,Ruritania,1990-05-01,,,notes,,c1,
                """).get("ruritania").get(0);
        assertThat(finance.to()).isNull(); // the source says nothing of how current it is
        assertThat(finance.openAtSnapshot()).isFalse();
    }

    @Test
    void postsAreListedPerPlaceByTitle(@TempDir Path dir) {
        Map<String, List<PostCoverage>> coverage = coverage(dir, """
                Rudolf Rassendyll,,,minister of finance,Ruritania,2020-03-01,,,desk,,r1,
                Rupert of Hentzau,,,Chancellor,Ruritania,2010,,,desk,,r2,
                Michael Elphberg,,,President,Graustark,2001,2003,,desk,,r3,
                """);
        assertThat(coverage.get("ruritania")).extracting(PostCoverage::post)
                .containsExactly("Chancellor", "minister of finance");
        assertThat(coverage.get("graustark")).extracting(PostCoverage::post).containsExactly("President");
        assertThat(coverage).doesNotContainKey("borduria");
    }
}
