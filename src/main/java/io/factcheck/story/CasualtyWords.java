package io.factcheck.story;

import io.factcheck.casualties.Qualifier;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words casualty figures are written with: who is counted, how a figure says what happened to them, and the
 * small words that may stand between. Measures come out in the plain forms claims use: killed, deaths, injured,
 * missing, detained, arrested, casualties ("were shot dead" is killed, "lost their lives" deaths, "sustained
 * injuries" injured).
 */
final class CasualtyWords {
    /** A measure phrase of tokens [from, end). */
    record Measure(int end, String measure) {
    }

    /** Heads of noun phrases of people: "883 people", "14 police officers", "13 U.S. service members". */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "person", "civilians", "civilian",
            "protesters", "protestors", "demonstrators", "individuals", "residents", "villagers", "children", "child",
            "men", "women", "others", "activists", "students", "journalists", "prisoners", "migrants", "refugees",
            "patients", "victims", "soldiers", "troops", "officers", "policemen", "police", "members", "workers",
            "employees", "staff", "fighters", "militants", "rebels", "insurgents", "worshippers", "pilgrims",
            "passengers", "tourists", "foreigners", "nationals", "citizens", "youths", "teenagers", "boys", "girls",
            "babies", "infants", "newborns", "doctors", "nurses", "miners", "fishermen", "farmers", "climbers",
            "inmates", "detainees", "hostages", "supporters", "minors", "adults", "elderly", "personnel",
            "guards", "firefighters", "rescuers", "volunteers", "lawmakers", "ministers", "americans", "more",
            "palestinians", "israelis", "lebanese", "gazans");
    /** Words that carry a figure to its measure: "have been", "were reportedly", "are still". */
    private static final Set<String> LINKING = Set.of("have", "has", "had", "been", "were", "was", "are", "is",
            "being", "also", "already", "confirmed", "so", "far", "since", "thought", "believed", "feared", "to",
            "be", "remain", "remained", "remains", "still", "total", "reported", "who", "now", "known", "later",
            "reportedly", "allegedly", "officially", "likely", "presumed", "declared", "listed", "as", "left",
            "each", "all", "either", "many", "considered", "counted");
    /** Prepositions that open a phrase between a figure and its measure: "people in the north have been killed". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "across", "near", "on",
            "inside", "throughout", "among", "around", "during", "along", "aboard", "with");
    /** Verbs that put the figure after them: "killed at least 883 people", "wounding 28 others". */
    static final Map<String, String> VERBS = Map.ofEntries(Map.entry("killed", "killed"),
            Map.entry("killing", "killed"), Map.entry("kills", "killed"), Map.entry("kill", "killed"),
            Map.entry("injured", "injured"), Map.entry("injuring", "injured"), Map.entry("injures", "injured"),
            Map.entry("wounded", "injured"), Map.entry("wounding", "injured"), Map.entry("arrested", "arrested"),
            Map.entry("arresting", "arrested"), Map.entry("detained", "detained"), Map.entry("detaining", "detained"));
    /** Verbs whose object is a figure and whose measure follows it: "leaving 24 dead", "claimed 130 lives". */
    static final Set<String> LEAVING = Set.of("left", "leaving", "leaves", "leave", "claimed", "claiming",
            "claims", "claim", "caused", "causing", "resulting", "resulted");
    /** One-word measures, in the form claims use. */
    private static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("killed", "killed"),
            Map.entry("slaughtered", "killed"), Map.entry("murdered", "killed"), Map.entry("massacred", "killed"),
            Map.entry("dead", "deaths"), Map.entry("died", "deaths"), Map.entry("deaths", "deaths"),
            Map.entry("death", "deaths"), Map.entry("fatalities", "deaths"), Map.entry("deceased", "deaths"),
            Map.entry("lives", "deaths"), Map.entry("bodies", "deaths"), Map.entry("injured", "injured"), Map.entry("wounded", "injured"),
            Map.entry("hurt", "injured"), Map.entry("injuries", "injured"), Map.entry("missing", "missing"),
            Map.entry("detained", "detained"), Map.entry("arrested", "arrested"), Map.entry("arrests", "arrested"),
            Map.entry("casualties", "casualties"), Map.entry("casualty", "casualties"));
    /** Measures that read as something else right after a bare number ("2 lives", "5 death"): only after people. */
    private static final Set<String> AFTER_PEOPLE_ONLY = Set.of("lives", "death", "casualty");
    /** Verbs of suffering an injury: "sustained various injuries", "suffering from injuries". */
    private static final Set<String> SUFFERING = Set.of("sustained", "sustaining", "suffered", "suffering",
            "sustain", "suffer");
    /** What a number is when these follow it: not people. */
    static final Set<String> NOT_PEOPLE_AFTER = Set.of("%", "percent", "per", "year-old", "years", "votes",
            "seats", "dollars", "euros", "kyat", "rubles", "roubles", "yuan", "pounds", "km", "miles", "kilometres",
            "kilometers", "times", "th", "st", "nd", "rd", "days", "weeks", "months", "hours", "minutes", "cases",
            "magnitude", "homes", "houses", "buildings", "percentage", "points", "metres", "meters", "feet", "tons",
            "tonnes", "am", "pm", "a.m", "p.m", "gmt", "degrees", "mm", "million", "billion", "new", "infections");
    /** Words that make a count a toll when a link stands between them and it: "the death toll rose to". */
    static final Map<String, String> TOLLS = Map.of("toll", "deaths", "count", "deaths", "deaths", "deaths",
            "fatalities", "deaths", "dead", "deaths", "casualties", "casualties", "killed", "killed",
            "injured", "injured", "injuries", "injured", "wounded", "injured");
    /** Between a toll and its figure: "rose to", "stood at", "has reached", "came in at", "(". */
    static final Set<String> TOLL_LINKS = Set.of("rose", "risen", "has", "have", "had", "climbed", "reached",
            "stands", "stood", "sits", "sat", "was", "is", "of", "at", "to", "now", "increased", "jumped", "grew",
            "hit", "soared", "swelled", "surged", "by", "came", "in", "already", "up", "(", "reaching", "rising",
            "climbing", "be", "been", "will", "also", "further", "raised", "went", "touched", "put",
            "officially", "currently", "then", "were", "are", "as");
    /** Verbs of a toll that bound its figure from below: "topped 1,000", "has exceeded 2,000". */
    static final Set<String> OVER = Set.of("surpassed", "surpassing", "topped", "topping", "exceeded", "exceeding",
            "passed", "passing", "crossed", "crossing", "above");
    /** Measures that are nouns, which words may qualify: "total doctor deaths", "Covid-19-related deaths". */
    static final Set<String> NOUNS = Set.of("deaths", "fatalities", "casualties", "injuries", "arrests", "bodies",
            "dead");
    /** Verbs of a rise, after which "by" gives the rise: "has risen by 522". */
    static final Set<String> RISES = Set.of("rose", "risen", "increased", "soared", "jumped", "climbed", "grew",
            "surged", "swelled", "rising", "increasing");
    /** Words a toll's figure is not counted in: "the number of coronavirus cases climbed to 17,147". */
    static final Set<String> NOT_TOLLS = Set.of("cases", "infections", "tests", "vaccinations", "doses",
            "recoveries", "patients", "hospitalizations", "hospitalisations");
    /** Words before a figure that make it a projection or a denied report, not a count the copy asserts. */
    static final Set<String> UNASSERTED = Set.of("may", "might", "could", "can", "would", "expected", "expecting",
            "expects", "projected", "feared", "fear", "claim", "rejected", "denied", "if");
    /** Verbs by which a place gives a further figure: "KwaZulu-Natal recorded 134". */
    static final Set<String> RECORDED = Set.of("recorded", "reported", "registered", "confirmed", "counted",
            "each", "had");
    /** Words that bring a further figure of the same measure: "another 67", "a further five", "including 64". */
    static final Set<String> FOLLOW_UP = Set.of("another", "further", "additional", "including", "and", "with",
            "plus", "from", "while", "of", "among", "them", "whom", "by", "at");

    private CasualtyWords() {
    }

    static boolean people(Token t) {
        if (!t.isWord()) {
            return false;
        }
        // "Palestinians", "Israelis", "Gazans": a capitalized plural right after a figure counts people
        return PEOPLE.contains(t.lower()) || t.capitalized() && t.lower().length() > 4 && t.lower().endsWith("s")
                && !t.text().equals(t.text().toUpperCase());
    }

    static boolean linking(Token t) {
        return t.isWord() && (LINKING.contains(t.lower()) || t.lower().length() > 4 && t.lower().endsWith("ly"));
    }

    static boolean preposition(Token t) {
        return t.isWord() && PREPOSITIONS.contains(t.lower());
    }

    /**
     * The noun phrase of people starting at {@code at} ("people", "U.S. service members", "police officers"): where
     * it ends, or {@code at} when there is none. At most four words, the last of them a noun of people.
     */
    static int peopleEnd(List<Token> tokens, int at, int limit) {
        for (int k = at; k < Math.min(limit, at + 4); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || MEASURES.containsKey(t.lower()) || LINKING.contains(t.lower())
                    || PREPOSITIONS.contains(t.lower()) || t.is("and")) {
                return at;
            }
            if (people(t) && (k + 1 >= limit || !people(tokens.get(k + 1)) || t.capitalized())) {
                return k + 1;
            }
        }
        return at;
    }

    /** The measure phrase starting at {@code at}, or null: "killed", "shot dead", "lost their lives". */
    static Measure measureAt(List<Token> tokens, int at, int limit, boolean afterPeople) {
        if (at >= limit || !tokens.get(at).isWord()) {
            return null;
        }
        String w = tokens.get(at).lower();
        if (w.equals("shot") && at + 1 < limit && tokens.get(at + 1).is("dead")) {
            return new Measure(at + 2, "killed");
        }
        if ((w.equals("lost") || w.equals("losing")) && at + 2 < limit && tokens.get(at + 2).isWord()
                && (tokens.get(at + 2).is("lives") || tokens.get(at + 2).is("life"))) {
            return new Measure(at + 3, "deaths");
        }
        if ((w.equals("in") && at + 1 < limit && tokens.get(at + 1).is("detention"))
                || (w.equals("behind") && at + 1 < limit && tokens.get(at + 1).is("bars"))) {
            return new Measure(at + 2, "detained");
        }
        if (SUFFERING.contains(w)) {
            for (int k = at + 1; k < Math.min(limit, at + 4); k++) {
                if (tokens.get(k).is("injuries") || tokens.get(k).is("wounds")) {
                    return new Measure(k + 1, "injured");
                }
            }
            return null;
        }
        String measure = MEASURES.get(w);
        if (measure == null || !afterPeople && AFTER_PEOPLE_ONLY.contains(w)) {
            return null;
        }
        return new Measure(at + 1, measure);
    }

    /** The qualifier as claims write it: "around" is "about", "almost" "nearly", "over" and "exceeded" "over". */
    static String qualifier(String written) {
        if (written == null) {
            return null;
        }
        String w = written.toLowerCase();
        if (OVER.contains(w)) {
            return "over";
        }
        Qualifier q = Qualifier.read(w);
        return switch (q) {
            case EXACT -> null;
            case MORE_THAN -> w.equals("more than") ? "more than" : "over";
            default -> q.label();
        };
    }
}
