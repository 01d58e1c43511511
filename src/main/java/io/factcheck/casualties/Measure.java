package io.factcheck.casualties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a casualty series counts. Every measure but {@link #DETAINED} is a running total (it only grows, apart from
 * corrections); {@code detained} is a stock: the people held on the day, which rises and falls.
 */
public enum Measure {
    /** People killed by violence (a crackdown, a war, a disaster). */
    KILLED("killed", "killed", true),
    /** Deaths from a disease. Nobody is "killed" by COVID-19 in copy, so only death words match it. */
    DEATHS("deaths", "deaths", true),
    INJURED("injured", "injured", true),
    /** People currently held: a stock, not a running total. */
    DETAINED("detained", "detained", false),
    /** People arrested since the event began: a running total. */
    ARRESTED("arrested", "arrested", true),
    /** Killed plus injured, as OHCHR reports civilian casualties. */
    CIVILIAN_CASUALTIES("civilian_casualties", "civilian casualties", true),
    // sub-counts of a toll, as Gaza's and the West Bank's counters publish them: each a running total of its own
    KILLED_CHILDREN("killed_children", "children killed", true),
    KILLED_WOMEN("killed_women", "women killed", true),
    KILLED_MEDICAL("killed_medical", "medical staff killed", true),
    KILLED_CIVIL_DEFENCE("killed_civil_defence", "civil defence workers killed", true),
    KILLED_PRESS("killed_press", "journalists killed", true),
    KILLED_AID_SEEKERS("killed_aid_seekers", "people killed seeking aid", true),
    INJURED_AID_SEEKERS("injured_aid_seekers", "people injured seeking aid", true),
    INJURED_CHILDREN("injured_children", "children injured", true),
    /** Deaths from starvation and malnutrition, which a health ministry may keep apart from those killed. */
    STARVATION_DEATHS("starvation_deaths", "deaths from starvation", true),
    STARVATION_DEATHS_CHILDREN("starvation_deaths_children", "children's deaths from starvation", true);

    private final String code;
    private final String noun;
    private final boolean cumulative;

    Measure(String code, String noun, boolean cumulative) {
        this.code = code;
        this.noun = noun;
        this.cumulative = cumulative;
    }

    /** The value in casualty_series.csv: "killed", "civilian_casualties". */
    public String code() {
        return code;
    }

    /** For explanations: "AAPP counted 883 killed". */
    public String noun() {
        return noun;
    }

    /** Whether the series is a running total (it is bounded by the figures before and after a date). */
    public boolean cumulative() {
        return cumulative;
    }

    public static Optional<Measure> byCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Measure::code).toList());
    }
}
