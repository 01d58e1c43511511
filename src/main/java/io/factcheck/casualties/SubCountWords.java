package io.factcheck.casualties;

import static io.factcheck.casualties.Measure.INJURED_AID_SEEKERS;
import static io.factcheck.casualties.Measure.INJURED_CHILDREN;
import static io.factcheck.casualties.Measure.KILLED_AID_SEEKERS;
import static io.factcheck.casualties.Measure.KILLED_CHILDREN;
import static io.factcheck.casualties.Measure.KILLED_CIVIL_DEFENCE;
import static io.factcheck.casualties.Measure.KILLED_MEDICAL;
import static io.factcheck.casualties.Measure.KILLED_PRESS;
import static io.factcheck.casualties.Measure.KILLED_WOMEN;
import static io.factcheck.casualties.Measure.STARVATION_DEATHS;
import static io.factcheck.casualties.Measure.STARVATION_DEATHS_CHILDREN;

/**
 * The measure words of a toll's sub-counts: who among the killed or injured a figure counts ("including 16,500
 * children", "journalists killed", "died of starvation"). Each matches its own measure only, so a sub-count is
 * never judged against the whole toll, nor the whole toll against a sub-count.
 */
final class SubCountWords {
    /** Where the phrases go: {@link MeasureWords}' table. */
    interface Table {
        void add(String phrase, String wording, Measure... measures);
    }

    private SubCountWords() {
    }

    static void addTo(Table t) {
        for (String who : new String[]{"children", "minors"}) {
            t.add(who + " killed", "%s " + who + " killed", KILLED_CHILDREN);
            t.add(who + " dead", "%s " + who + " dead", KILLED_CHILDREN);
            t.add(who + " injured", "%s " + who + " injured", INJURED_CHILDREN);
            t.add(who + " wounded", "%s " + who + " wounded", INJURED_CHILDREN);
        }
        t.add("child deaths", "%s child deaths", KILLED_CHILDREN);
        t.add("children died", "%s children died", KILLED_CHILDREN);
        t.add("women killed", "%s women killed", KILLED_WOMEN);
        t.add("women dead", "%s women dead", KILLED_WOMEN);
        for (String who : new String[]{"medical staff", "medical workers", "medical personnel", "health workers",
                "healthcare workers", "medics", "doctors and nurses"}) {
            t.add(who + " killed", "%s " + who + " killed", KILLED_MEDICAL);
        }
        for (String who : new String[]{"civil defence workers", "civil defense workers", "civil defence members",
                "civil defense members", "civil defence personnel", "civil defense personnel", "rescuers",
                "rescue workers", "first responders", "emergency workers"}) {
            t.add(who + " killed", "%s " + who + " killed", KILLED_CIVIL_DEFENCE);
        }
        for (String who : new String[]{"journalists", "reporters", "media workers", "journalists and media workers"}) {
            t.add(who + " killed", "%s " + who + " killed", KILLED_PRESS);
        }
        for (String phrase : new String[]{"aid seekers killed", "killed seeking aid", "killed while seeking aid",
                "killed at aid sites", "killed seeking food", "killed while seeking food"}) {
            t.add(phrase, "%s people killed seeking aid", KILLED_AID_SEEKERS);
        }
        for (String phrase : new String[]{"aid seekers injured", "aid seekers wounded", "injured seeking aid",
                "injured while seeking aid", "wounded seeking aid"}) {
            t.add(phrase, "%s people injured seeking aid", INJURED_AID_SEEKERS);
        }
        for (String phrase : new String[]{"deaths from starvation", "starvation deaths", "died of starvation",
                "died of hunger", "died from starvation", "died of malnutrition", "deaths from malnutrition",
                "malnutrition deaths", "famine deaths", "starved to death", "deaths from hunger"}) {
            t.add(phrase, "%s deaths from starvation", STARVATION_DEATHS);
        }
        for (String phrase : new String[]{"children died of starvation", "children died of malnutrition",
                "children starved to death", "child starvation deaths", "children died of hunger"}) {
            t.add(phrase, "%s children's deaths from starvation", STARVATION_DEATHS_CHILDREN);
        }
    }
}
