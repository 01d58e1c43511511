package io.factcheck.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SPARQL 1.1 query's answer in the Query Results JSON format, as the Wikidata Query Service sends it:
 * {@code {"head":{"vars":[...]},"results":{"bindings":[{"var":{"type":"uri","value":"..."}}]}}}. A variable left
 * unbound in a solution is absent from its binding.
 */
record SparqlResults(List<String> vars, List<Binding> bindings) {

    /** One RDF term: {@code type} is uri, literal or bnode; {@code datatype} and {@code lang} only for literals. */
    record Term(String type, String value, String datatype, String lang) {
    }

    /** One solution: its 1-based place in the answer (what the import report cites) and its terms by variable. */
    record Binding(int number, Map<String, Term> terms) {

        Optional<Term> term(String var) {
            return Optional.ofNullable(terms.get(var));
        }

        /** The term's value, blank when unbound. */
        String value(String var) {
            Term term = terms.get(var);
            return term == null ? "" : term.value().strip();
        }
    }

    /** @throws IllegalArgumentException saying how the text fails the format (not JSON, no bindings, ...) */
    static SparqlResults parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("results").path("bindings").isArray()) {
            throw new IllegalArgumentException("no results.bindings array: not a SPARQL JSON result"
                    + " (was the query sent with Accept: application/sparql-results+json?)");
        }
        List<String> vars = new ArrayList<>();
        root.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<Binding> bindings = new ArrayList<>();
        for (JsonNode solution : root.path("results").path("bindings")) {
            Map<String, Term> terms = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = solution.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode t = field.getValue();
                if (t.isObject() && t.hasNonNull("value")) {
                    terms.put(field.getKey(), new Term(t.path("type").asText(""), t.get("value").asText(),
                            t.hasNonNull("datatype") ? t.get("datatype").asText() : null,
                            t.hasNonNull("xml:lang") ? t.get("xml:lang").asText() : null));
                }
            }
            bindings.add(new Binding(bindings.size() + 1, terms));
        }
        return new SparqlResults(List.copyOf(vars), List.copyOf(bindings));
    }
}
