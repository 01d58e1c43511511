package io.factcheck.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacesTest {
    private static final Path GAZETTEER = Path.of("src/main/dataset/curated/places.csv");

    private static Places gazetteer() throws IOException {
        return Places.load(new StringReader(Files.readString(GAZETTEER)), Places.FILE);
    }

    @Test
    void theCodesOfEachSystemLeadToOnePlace() throws IOException {
        Places places = gazetteer();
        assertThat(places.byCowCode("679")).map(Place::id).contains("yemen");
        assertThat(places.byGwCode("678")).map(Place::id).contains("yemen");
        assertThat(places.byIso3("YEM")).map(Place::id).contains("yemen");
        // Gleditsch-Ward keeps one code for the Federal Republic before and after 1990; COW does not
        assertThat(places.byGwCode("260")).map(Place::id).contains("germany");
        assertThat(places.byCowCode("260")).map(Place::id).contains("west-germany");
        assertThat(places.byGwCode("340")).map(Place::id).contains("serbia");
        assertThat(places.byGwCode("345")).map(Place::id).contains("serbia");
        assertThat(places.byGwCode("999")).isEmpty();
    }

    @Test
    void aCodeGivenToTwoPlacesFailsTheLoadWithItsLine() {
        String csv = "id,name,aliases,demonyms,iso3,cow_code,cow_abb,gw_codes\n"
                + "a,A,,,,,,100\n"
                + "b,B,,,,,,200|100\n";
        assertThatThrownBy(() -> Places.load(new StringReader(csv), "places.csv"))
                .hasMessage("places.csv:3: Gleditsch-Ward code 100 already belongs to 'a'");
    }

    @Test
    void aGazetteerWithoutGleditschWardCodesStillLoads() {
        Places places = Places.load(new StringReader("id,name,aliases,demonyms,iso3,cow_code,cow_abb\na,A,,,AAA,1,AA\n"),
                "places.csv");
        assertThat(places.byId("a")).map(Place::gwCodes).contains(java.util.List.of());
    }
}
