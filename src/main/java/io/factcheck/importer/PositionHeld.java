package io.factcheck.importer;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One solution of the "position held" query (src/main/dataset/wikidata/position-held.rq) read as a canonical
 * tenure row, or the reason it cannot be one. The variables are the query's; a count the answer lacks (a hand-made
 * query) is taken from whether its value is there.
 */
final class PositionHeld {
    static final String ENTITY = "http://www.wikidata.org/entity/";
    static final String DEPRECATED = "http://wikiba.se/ontology#DeprecatedRank";
    /** wds:Q42-D8404CDA-... in RDF is the statement Q42$D8404CDA-... (Wikibase puts a '-' for the '$' in IRIs). */
    private static final Pattern STATEMENT = Pattern.compile("http://www\\.wikidata\\.org/entity/statement/"
            + "([Qq]\\d+)-(\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12})");
    private static final Pattern ITEM = Pattern.compile("Q\\d+");

    private PositionHeld() {
    }

    /** A row, or why the statement is left out (a reason an editor can follow). */
    sealed interface Reading permits Row, Skipped {
    }

    record Row(TenureRow tenure) implements Reading {
    }

    record Skipped(String reason) implements Reading {
    }

    /** The statement id of a solution ("Q30339350$0D2A...") or empty when it names none. */
    static Optional<String> statementId(SparqlResults.Binding b) {
        Matcher m = STATEMENT.matcher(b.value("statement"));
        return m.matches() ? Optional.of(m.group(1) + "$" + m.group(2)) : Optional.empty();
    }

    static Reading read(SparqlResults.Binding b, Places places, String sourceId) {
        Optional<String> statement = statementId(b);
        if (statement.isEmpty()) {
            return new Skipped("statement '" + b.value("statement") + "' is not a Wikidata statement IRI");
        }
        try {
            return new Row(tenure(b, statement.get(), places, sourceId));
        } catch (IllegalArgumentException e) {
            return new Skipped(e.getMessage());
        }
    }

    private static TenureRow tenure(SparqlResults.Binding b, String statement, Places places, String sourceId) {
        if (b.value("rank").equals(DEPRECATED)) {
            throw new IllegalArgumentException("deprecated statement (Wikidata marks it as wrong;"
                    + " the query should leave it out)");
        }
        String person = item(b, "person");
        String position = item(b, "position");
        String name = b.value("personLabel");
        String post = b.value("positionLabel");
        if (name.isEmpty() || post.isEmpty()) {
            throw new IllegalArgumentException((name.isEmpty() ? "person " + person : "position " + position)
                    + " has no English (or multilingual) label");
        }
        String where = place(b, position, places);
        String start = date(b, "start", "P580");
        if (count(b, "endQualifiers", "end") > count(b, "ends", "end")) {
            throw new IllegalArgumentException("end (P582) is 'unknown value': the term is over, but when is not said");
        }
        String end = b.value("end").isEmpty() ? "" : date(b, "end", "P582");
        Optional<String> badSpan = EpCabinetsImporter.badDates(start, end);
        if (badSpan.isPresent()) {
            throw new IllegalArgumentException(badSpan.get());
        }
        return new TenureRow(name, aliases(b.value("personAliases"), name), person, post, where, start, end, "",
                sourceId, SourceFiles.wikidataUrl(person), statement, note(b));
    }

    /** The place id of the post's jurisdiction. */
    private static String place(SparqlResults.Binding b, String position, Places places) {
        String jurisdiction = b.value("jurisdiction");
        if (jurisdiction.isEmpty()) {
            throw new IllegalArgumentException("position " + position
                    + " has neither 'applies to jurisdiction' (P1001) nor country (P17)");
        }
        if (count(b, "jurisdictions", "jurisdiction") > 1) {
            throw new IllegalArgumentException("position " + position + " applies to " + b.value("jurisdictions")
                    + " jurisdictions (P1001/P17): which one a term belongs to is not said");
        }
        String label = b.value("jurisdictionLabel");
        String named = "jurisdiction " + (label.isEmpty() ? "" : label + " ") + "(" + jurisdiction.replace(ENTITY, "")
                + ")";
        String iso3 = b.value("iso3");
        if (iso3.isEmpty()) {
            throw new IllegalArgumentException(named
                    + " has no ISO 3166-1 alpha-3 code (P298) to find it in places.csv");
        }
        if (iso3.contains("|")) {
            throw new IllegalArgumentException(named + " has several ISO 3166-1 alpha-3 codes (" + iso3 + ")");
        }
        return places.byIso3(iso3).map(Place::id).orElseThrow(() -> new IllegalArgumentException(named
                + ", ISO 3166-1 alpha-3 " + iso3 + ", is no place of places.csv"));
    }

    private static String date(SparqlResults.Binding b, String var, String property) {
        String value = b.value(var);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no " + var + " date (" + property + ")");
        }
        long values = count(b, var + "s", var);
        if (values > 1) {
            throw new IllegalArgumentException(values + " " + var + " dates (" + property
                    + "): Wikidata disagrees with itself");
        }
        return WikidataTime.iso(var, value, b.value(var + "Precision"));
    }

    private static long count(SparqlResults.Binding b, String countVar, String valueVar) {
        String n = b.value(countVar);
        if (n.matches("\\d{1,9}")) {
            return Long.parseLong(n);
        }
        return b.value(valueVar).isEmpty() ? 0 : 1;
    }

    private static String item(SparqlResults.Binding b, String var) {
        String value = b.value(var);
        String id = value.startsWith(ENTITY) ? value.substring(ENTITY.length()) : "";
        if (!ITEM.matcher(id).matches()) {
            throw new IllegalArgumentException(var + " '" + value + "' is not a Wikidata item");
        }
        return id;
    }

    /** English aliases, without the label itself, sorted so the same answer gives the same row. */
    static List<String> aliases(String joined, String label) {
        return Arrays.stream(joined.split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty() && !a.equalsIgnoreCase(label)).distinct().sorted().toList();
    }

    /** "replaces Élisabeth Borne (Q20020731); replaced by Michel Barnier (Q438465)", from P1365 and P1366. */
    private static String note(SparqlResults.Binding b) {
        String replaces = names(b.value("replaces"));
        String replacedBy = names(b.value("replacedBy"));
        return (replaces.isEmpty() ? "" : "replaces " + replaces)
                + (replaces.isEmpty() || replacedBy.isEmpty() ? "" : "; ")
                + (replacedBy.isEmpty() ? "" : "replaced by " + replacedBy);
    }

    private static String names(String joined) {
        return String.join(", ", Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .sorted().toList());
    }
}
