package io.factcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.parallel.ResourceLock;
import io.factcheck.casualties.CasualtyIndex;
import io.factcheck.casualties.CasualtyReader;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The casualty reader loads any files a newsroom may write, or refuses them with a {@link DataFormatException} that
 * names the file and the line. Input: the rows of casualty_series.csv, a NUL, those of casualty_observations.csv,
 * a NUL, those of casualty_daily.csv (each under its header).
 */
@ResourceLock(FuzzInput.JAZZER) // Jazzer runs one fuzz test at a time (the plain tests run in parallel)
class CasualtyReaderFuzzTest {
    private static final Places PLACES = Places.load(new StringReader(
            "id,name,aliases,demonyms,iso3,cow_code,cow_abb\nruritania,Ruritania,Kingdom of Ruritania,Ruritanian,RUR,,\n"),
            Places.FILE);
    private static final Map<String, SourceInfo> SOURCES = Map.of("desk", new SourceInfo("desk", "Our research desk",
            "https://example.org/desk", "internal", LocalDate.of(2024, 1, 31), null));

    @FuzzTest(maxDuration = "60s")
    void loadsOrNamesTheBadRow(byte[] data) {
        String[] files = FuzzInput.text(data).split("\0", 3);
        Map<String, String> texts = Map.of(
                CasualtyReader.SERIES, String.join(",", CasualtyReader.SERIES_COLUMNS) + "\n" + files[0],
                CasualtyReader.OBSERVATIONS, String.join(",", CasualtyReader.OBSERVATION_COLUMNS) + "\n"
                        + (files.length > 1 ? files[1] : ""),
                CasualtyReader.DAILY, String.join(",", CasualtyReader.DAILY_COLUMNS) + "\n"
                        + (files.length > 2 ? files[2] : ""));
        DatasetFiles dataset = new DatasetFiles() {
            @Override
            public String describe() {
                return "fuzzed";
            }

            @Override
            public Optional<Reader> open(String name) {
                return Optional.ofNullable(texts.get(name)).map(StringReader::new);
            }
        };
        try {
            CasualtyIndex index = CasualtyReader.load(dataset, new RowLookups(PLACES, SOURCES));
            assertThat(index.seriesCount()).isNotNegative();
        } catch (DataFormatException refused) {
            assertThat(refused.file()).isIn(texts.keySet());
            assertThat(refused.line()).isNotNegative();
        }
    }
}
