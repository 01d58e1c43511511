package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;
import io.factcheck.kernel.ClaimRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.factcheck.casualties.Measure.ARRESTED;
import static io.factcheck.casualties.Measure.CIVILIAN_CASUALTIES;
import static io.factcheck.casualties.Measure.DEATHS;
import static io.factcheck.casualties.Measure.DETAINED;
import static io.factcheck.casualties.Measure.INJURED;
import static io.factcheck.casualties.Measure.KILLED;

/**
 * The measure words a claim may use, and the series measures each one matches. This table is the one place they
 * are listed; anything else is rejected (HTTP 400 naming {@code measure}) with the list.
 *
 * <ul>
 *   <li>killed, people killed: {@code killed} only. Nobody is "killed" by a disease in copy, so "killed" never
 *       matches COVID-19 deaths.</li>
 *   <li>dead, deaths, died, death toll, fatalities, lives lost: {@code killed} or {@code deaths} (a death toll
 *       is either).</li>
 *   <li>civilians killed, civilian deaths, civilians dead: {@code killed} (the OHCHR series count civilians).</li>
 *   <li>injured, wounded, hurt, injuries: {@code injured}.</li>
 *   <li>detained, in detention, still detained, under detention, held, behind bars: {@code detained}
 *       (people held on the day).</li>
 *   <li>arrested, arrests: {@code arrested} (a running total).</li>
 *   <li>casualties, civilian casualties: {@code civilian_casualties} (killed plus injured).</li>
 *   <li>sub-counts ("children killed", "journalists killed", "deaths from starvation"): see
 *       {@link SubCountWords}.</li>
 * </ul>
 * Matching folds case, punctuation and diacritics, and ignores a leading "people" or "persons".
 */
public final class MeasureWords {

    /**
     * One accepted phrase.
     *
     * @param measures the series measures it matches, preferred first
     * @param wording  how a figure reads with this phrase, "%s" standing for "at least 883": "%s people killed"
     */
    public record Word(String phrase, List<Measure> measures, String wording) {
        public boolean matches(Measure measure) {
            return measures.contains(measure);
        }

        public String word(String amount) {
            int at = wording.indexOf("%s");
            return wording.substring(0, at) + amount + wording.substring(at + 2);
        }
    }

    private static final Map<String, Word> WORDS = new LinkedHashMap<>();

    static {
        add("killed", "%s people killed", KILLED);
        add("dead", "%s dead", KILLED, DEATHS);
        add("deaths", "%s deaths", KILLED, DEATHS);
        add("died", "%s people died", KILLED, DEATHS);
        add("death toll", "a death toll of %s", KILLED, DEATHS);
        add("fatalities", "%s fatalities", KILLED, DEATHS);
        add("lives lost", "%s lives lost", KILLED, DEATHS);
        add("civilians killed", "%s civilians killed", KILLED);
        add("civilian deaths", "%s civilian deaths", KILLED);
        add("civilians dead", "%s civilians dead", KILLED);
        add("injured", "%s people injured", INJURED);
        add("wounded", "%s people wounded", INJURED);
        add("hurt", "%s people hurt", INJURED);
        add("injuries", "%s injuries", INJURED);
        add("detained", "%s people detained", DETAINED);
        add("in detention", "%s people in detention", DETAINED);
        add("still detained", "%s people still detained", DETAINED);
        add("under detention", "%s people under detention", DETAINED);
        add("held", "%s people held", DETAINED);
        add("behind bars", "%s people behind bars", DETAINED);
        add("arrested", "%s people arrested", ARRESTED);
        add("arrests", "%s arrests", ARRESTED);
        add("casualties", "%s casualties", CIVILIAN_CASUALTIES);
        add("civilian casualties", "%s civilian casualties", CIVILIAN_CASUALTIES);
        SubCountWords.addTo(MeasureWords::add);
    }

    private static final String ACCEPTED = String.join(", ", WORDS.keySet());

    private MeasureWords() {
    }

    /** Every accepted phrase, folded ("killed", "death toll", "civilians killed"). */
    public static Set<String> phrases() {
        return java.util.Collections.unmodifiableSet(WORDS.keySet());
    }

    static void add(String phrase, String wording, Measure... measures) {
        WORDS.put(TextFold.fold(phrase), new Word(phrase, List.of(measures), wording));
    }

    /**
     * The word as written in the claim.
     *
     * @throws ClaimRejected naming {@code measure}, with the accepted list, when it is none of them
     */
    public static Word read(String written) {
        String folded = TextFold.fold(written);
        Word word = WORDS.get(folded);
        if (word == null && (folded.startsWith("people ") || folded.startsWith("persons "))) {
            word = WORDS.get(folded.substring(folded.indexOf(' ') + 1));
        }
        if (word == null) {
            throw new ClaimRejected("measure", "'" + written + "' is not a measure this service reads; accepted: "
                    + ACCEPTED);
        }
        return word;
    }
}
