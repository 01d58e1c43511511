package io.factcheck.story;

import io.factcheck.story.text.NameWords;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Set;

/**
 * The state body a title belongs to, where copy writes it around the title: before it ("Afghan Interior Ministry
 * spokesman", "Independent Electoral and Boundaries Commission Chairman", "Nyanza province police chief", "Tacloban
 * Mayor") or after it ("chairman of the Independent National Electoral Commission (INEC)", "head of Mexico's Civil
 * Protection Service", "the chief of Niger's presidential guard", "the mayor of Derna,"). The body is a state's when
 * its name holds a noun of a state body (ministry, commission, service, forces), a state function (police,
 * intelligence, relief) or a subdivision (province, state); a party's, company's or militia's has none of those
 * ("Hezbollah leader", "Tesla chief executive") and is not read. Such posts are not the ones the officials' records
 * keep, so the claim is listed as one the data cannot check.
 */
final class TitleBodies {
    /** Nouns that end the name of a state body. */
    private static final Set<String> BODIES = Set.of("ministry", "department", "commission", "agency", "service",
            "services", "office", "forces", "force", "army", "navy", "police", "guard", "center", "centre", "bureau",
            "authority", "directorate", "squad", "court", "bank", "program", "programme", "organization",
            "organisation", "administration", "fund", "institute", "staff", "secretariat", "tribunal", "gendarmerie");
    /** Bodies that are not a state's offices but whose names end the same way: "Security Council", "African Union". */
    private static final Set<String> ASSEMBLIES = Set.of("union", "council", "committee", "assembly", "parliament",
            "government", "party", "front", "league", "alliance");
    /** Lower-case words of a state function or rank of office before a title: "police chief", "additional". */
    private static final Set<String> FUNCTIONS = Set.of("police", "intelligence", "military", "army", "defence",
            "defense", "relief", "security", "spy", "election", "electoral", "disaster", "health", "border", "customs",
            "prison", "navy", "fire", "rescue", "emergency", "provincial", "regional", "national", "federal",
            "central", "presidential", "additional", "assistant", "interior", "ministry", "department", "forces",
            "executive");
    /** International bodies whose officials copy names like a state's: "UN Human Rights Commissioner X". */
    private static final Set<String> INTERNATIONAL = Set.of("un", "u.n", "eu", "au", "nato", "who", "osce", "iaea",
            "unicef", "unhcr", "wfp", "asean", "ecowas");
    /** Places below a country, named by a capitalized word before them: "Nyanza province", "NRW state". */
    private static final Set<String> SUBDIVISIONS = Set.of("province", "state", "district", "city", "county",
            "region", "municipality");
    /** Heads of a town's or province's office, after the place's name: "Tacloban Mayor", "Herat governor". */
    private static final Set<String> LOCAL_HEADS = Set.of("mayor", "governor");
    /** Words that make a body another's than a state's: "party chief", "rebel leader". */
    private static final Set<String> NOT_STATE = Set.of("party", "opposition", "rebel", "rebels", "militia", "union",
            "club", "company", "group", "movement", "student", "church", "tribal", "separatist", "insurgent",
            "faction", "bloc", "coalition", "protest", "team", "board", "campaign", "firm", "network");

    private TitleBodies() {
    }

    /**
     * The first token of a body's name written before the title that starts at token {@code a} with head {@code h},
     * or {@code a} when none.
     */
    static int before(List<Token> tokens, Sentence s, int a, int h) {
        int start = a;
        boolean state = false;
        for (int k = a; k < h; k++) {
            state |= isStateWord(tokens.get(k));
        }
        int i = a - 1;
        while (i >= s.from()) {
            Token t = tokens.get(i);
            PlaceNames.Mention place = s.placeAt(i);
            if (place != null && !t.possessive()) {
                start = place.from();
                state = true;
                i = start - 1;
                continue;
            }
            if (t.isMark(')') && i - 2 >= s.from() && tokens.get(i - 2).isMark('(') && acronym(tokens.get(i - 1))) {
                i -= 3; // "Anti-Terrorism Squad (ATS) chief"
                continue;
            }
            boolean capital = t.isWord() && t.capitalized() && !t.possessive() && !NameWords.notName(t);
            boolean lower = t.isWord() && !t.possessive() && isStateWord(t);
            boolean and = t.is("and") && start < a && i - 1 >= s.from() && tokens.get(i - 1).capitalized();
            if (NOT_STATE.contains(t.lower()) || !(capital || lower || and)) {
                break;
            }
            state |= isStateWord(t) || INTERNATIONAL.contains(t.lower()) && acronym(t)
                    || capital && i + 1 < tokens.size() && SUBDIVISIONS.contains(tokens.get(i + 1).lower());
            start = i;
            i--;
        }
        if (start < a && !state && start == a - 1 && LOCAL_HEADS.contains(tokens.get(h).lower())) {
            return start; // "Tacloban Mayor Alfred Romualdez"
        }
        return state && start < a ? start : a;
    }

    /**
     * The token after a body's name written after the title's head ("of the Independent National Electoral
     * Commission (INEC)"), or {@code b} when none.
     */
    static int after(List<Token> tokens, Sentence s, int b, int h) {
        int i = b;
        if (i + 1 >= s.to() || !tokens.get(i).is("of")) {
            return b;
        }
        i++;
        if (tokens.get(i).is("the")) {
            i++;
        }
        PlaceNames.Mention owner = i < s.to() ? s.placeAt(i) : null;
        if (owner != null && owner.from() == i && tokens.get(owner.to() - 1).possessive()) {
            i = owner.to(); // "head of Mexico's Civil Protection Service"
        } else if (i < s.to() && tokens.get(i).possessive() && tokens.get(i).capitalized()) {
            i++; // "executive director of the U.N.'s World Food Program"
        }
        int run = i;
        int lastBody = -1;
        while (i < s.to()) {
            Token t = tokens.get(i);
            boolean word = t.isWord() && !t.possessive() && (t.capitalized() && !NameWords.notName(t)
                    || isStateWord(t));
            if (word && !NOT_STATE.contains(t.lower())) {
                if (BODIES.contains(t.lower())) {
                    lastBody = i;
                }
                i++;
            } else if (t.is("and") && i > run && i + 1 < s.to() && tokens.get(i + 1).capitalized()) {
                i++;
            } else {
                break;
            }
        }
        if (lastBody >= 0) {
            int end = lastBody + 1;
            if (end + 2 < s.to() && tokens.get(end).isMark('(') && acronym(tokens.get(end + 1))
                    && tokens.get(end + 2).isMark(')')) {
                end += 3;
            }
            return end;
        }
        // "the mayor of Derna, Abdulmenam al-Ghaithi": a town named by one word before the comma
        if (LOCAL_HEADS.contains(tokens.get(h).lower()) && i == run + 1 && i < s.to() && tokens.get(i).isMark(',')
                && s.placeAt(run) == null) {
            return i;
        }
        return b;
    }

    /**
     * Whether a capitalized word ends the name of a body rather than a person's: read after a title, "Chairperson
     * of the African Union Commission" names a body, and the person follows it.
     */
    static boolean endsBodyName(Token t) {
        return t.capitalized() && (BODIES.contains(t.lower()) || ASSEMBLIES.contains(t.lower()));
    }

    private static boolean isStateWord(Token t) {
        String w = t.lower();
        return BODIES.contains(w) || FUNCTIONS.contains(w) || SUBDIVISIONS.contains(w);
    }

    private static boolean acronym(Token t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
