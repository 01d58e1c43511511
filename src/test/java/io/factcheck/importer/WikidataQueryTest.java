package io.factcheck.importer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The position-held query file: what it reads, and that it projects the variables the importer reads. */
class WikidataQueryTest {

    private static String query() throws IOException {
        return Files.readString(WikidataLayer.QUERY);
    }

    @Test
    void itReadsEachDatesPrecisionAndLeavesDeprecatedStatementsOut() throws IOException {
        String query = query();
        assertThat(query).contains("pqv:P580 ?startNode", "pqv:P582 ?endNode", "wikibase:timePrecision",
                "FILTER(?rank_ != wikibase:DeprecatedRank)", "GROUP BY ?statement ?person ?position",
                "pq:P1365", "pq:P1366", "wdt:P1001", "wdt:P17", "wdt:P298")
                .doesNotContain("wikibase:label"); // no label service
    }

    /** The SELECT clause's variables: plain ones and those an aggregate is bound to with AS. */
    private static List<String> projected(String query) {
        String select = query.substring(query.indexOf("SELECT ") + 7, query.indexOf("WHERE {"));
        List<String> vars = new ArrayList<>();
        int depth = 0;
        Matcher token = Pattern.compile("\\(|\\)|AS \\?(\\w+)|\\?(\\w+)").matcher(select);
        while (token.find()) {
            switch (token.group()) {
                case "(" -> depth++;
                case ")" -> depth--;
                default -> {
                    if (token.group(1) != null) {
                        vars.add(token.group(1));
                    } else if (depth == 0) {
                        vars.add(token.group(2));
                    }
                }
            }
        }
        return vars;
    }

    @Test
    void theTestAnswerHasTheVariablesTheQueryProjects() throws IOException {
        assertThat(projected(query())).containsExactlyElementsOf(WikidataLayerTest.answer().vars());
    }

    @Test
    void theQueryIsWrittenForThePostsAndJurisdictionsADeskNames() throws IOException {
        String query = WikidataLayer.forPosts(query(), List.of("Q1587677", "Q14211"), List.of("Q142"));
        assertThat(query).contains("  VALUES ?position { wd:Q1587677 wd:Q14211 }\n")
                .contains("  FILTER(?place IN (wd:Q142))\n").doesNotContain("wd:Q191954");
        assertThat(WikidataLayer.forPosts(query(), List.of("Q11696"), List.of()))
                .contains("VALUES ?position { wd:Q11696 }").contains("# JURISDICTIONS:");
    }
}
