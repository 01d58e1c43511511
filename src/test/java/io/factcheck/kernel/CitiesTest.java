package io.factcheck.kernel;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitiesTest {
    private static final Places PLACES = Places.load(new StringReader(String.join("\n",
            "id,name,aliases,demonyms,iso3,cow_code,cow_abb",
            "thailand,Thailand,,Thai,THA,,", "canada,Canada,,Canadian,CAN,,", "australia,Australia,,,AUS,,",
            "mexico,Mexico,,,MEX,,", "united-states,United States,,,USA,,")), "places.csv");

    private static Cities cities(String... rows) {
        String csv = "name,place,population\n" + String.join("\n", rows) + "\n";
        return Cities.load(new DatasetFiles() {
            @Override
            public String describe() {
                return "test";
            }

            @Override
            public Optional<Reader> open(String name) {
                return name.equals(Cities.FILE) ? Optional.of(new StringReader(csv)) : Optional.empty();
            }
        }, PLACES);
    }

    @Test
    void aNameOfOneCountryNamesIt() {
        Cities.Resolved bangkok = cities("bangkok,thailand,5104476").resolve("bangkok", Set.of());
        assertThat(bangkok.country().id()).isEqualTo("thailand");
        assertThat(bangkok.rule()).contains("only country");
    }

    @Test
    void aSharedNameGoesToTheCountryTheCopyNamesElseToATenfoldLargerCityElseToNone() {
        Cities victoria = cities("victoria,canada,289625", "victoria,mexico,303000", "victoria,australia,20000");
        assertThat(victoria.resolve("victoria", Set.of(PLACES.byId("canada").get())).country().id())
                .isEqualTo("canada");
        assertThat(victoria.resolve("victoria", Set.of())).as("303,000 is not ten times 289,625").isNull();
        Cities washington = cities("washington,united-states,689545", "washington,australia,53000");
        assertThat(washington.resolve("washington", Set.of()).country().id()).isEqualTo("united-states");
        assertThat(washington.resolve("washington", Set.of()).rule()).contains("10 times");
    }

    @Test
    void aRowNamingNoPlaceFailsTheLoadWithItsLine() {
        assertThatThrownBy(() -> cities("bangkok,thailand,5104476", "atlantis,nowhere,1"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("cities.csv")
                .hasMessageContaining("3").hasMessageContaining("nowhere");
    }

    @Test
    void aDatasetWithoutCitiesHasNone() {
        assertThat(Cities.none().resolve("bangkok", Set.of())).isNull();
    }
}
