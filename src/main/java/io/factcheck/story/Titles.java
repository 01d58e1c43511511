package io.factcheck.story;

import io.factcheck.official.TitleWords;
import io.factcheck.story.text.Token;

import java.util.Map;

/**
 * Titles in copy, over the officials wing's vocabulary: which tokens may stand in a title, which name an office,
 * and which words say the holder's status ("former", "ex-", "ousted", "acting").
 */
final class Titles {
    /** Status words before a title, and the claim status each one means. */
    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("former", "former"), Map.entry("ex", "former"), Map.entry("then", "former"),
            Map.entry("ousted", "former"), Map.entry("deposed", "former"), Map.entry("toppled", "former"),
            Map.entry("overthrown", "former"), Map.entry("late", "former"), Map.entry("erstwhile", "former"),
            Map.entry("acting", "acting"), Map.entry("interim", "acting"), Map.entry("caretaker", "acting"),
            Map.entry("outgoing", "current"), Map.entry("incumbent", "current"), Map.entry("sitting", "current"),
            Map.entry("exiled", "former"), Map.entry("current", "current"), Map.entry("previous", "former"),
            Map.entry("retired", "former"), Map.entry("slain", "former"), Map.entry("assassinated", "former"));
    /**
     * Heads of posts copy names that the officials' records do not keep (spokesmen, envoys, commanders, police
     * chiefs): read as titles so the claim is listed, as one the data cannot check.
     */
    private static final java.util.Set<String> UNRECORDED_HEADS = java.util.Set.of("spokesman", "spokeswoman",
            "spokesperson", "commissioner", "director", "commander", "envoy", "ambassador", "dictator", "strongman",
            "senator", "adviser", "advisor", "examiner", "representative", "chairperson", "chief", "head");
    /** What follows a head in a title still being elected or named: "President-elect". */
    private static final java.util.Set<String> PENDING = java.util.Set.of("elect", "designate");

    private final TitleWords words;

    Titles(TitleWords words) {
        this.words = words;
    }

    /** A word of some post's title ("Defense", "Security", "Minister"), heads included; "Secretary-General". */
    boolean isTitleWord(Token t) {
        if (!t.isWord() || t.possessive()) {
            return false;
        }
        for (String part : parts(t)) {
            if (!words.contains(part) && !UNRECORDED_HEADS.contains(part) && !PENDING.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** A head noun of a post the officials' records keep ("Minister", "President"): not "spokesman". */
    boolean isRecordedHead(Token t) {
        if (!t.isWord() || t.possessive()) {
            return false;
        }
        for (String part : parts(t)) {
            if (words.isHead(part)) {
                return true;
            }
        }
        return false;
    }

    /** A word that names an office ("Minister", "President", "leader"), or "ex-President", "Secretary-General". */
    boolean isHead(Token t) {
        if (!t.isWord() || t.possessive()) {
            return false;
        }
        String[] parts = parts(t);
        boolean head = false;
        for (String part : parts) {
            boolean unrecorded = UNRECORDED_HEADS.contains(part);
            if (!words.contains(part) && !words.isHead(part) && !unrecorded && !PENDING.contains(part)) {
                return false;
            }
            head |= words.isHead(part) || unrecorded;
        }
        return head;
    }

    /** A plural head ending a title before a list of names: "Presidents", "ministers". */
    boolean isPluralHead(Token t) {
        String w = t.lower();
        return t.isWord() && !t.possessive() && w.length() > 3 && w.endsWith("s") && w.indexOf('-') < 0
                && words.isHead(PlaceNames.fold(w.substring(0, w.length() - 1)));
    }

    /** The folded words of a token's title part: "secretary-general" is "secretary", "general". */
    private static String[] parts(Token t) {
        String folded = PlaceNames.fold(bare(t));
        return folded.indexOf(' ') < 0 ? new String[] {folded} : folded.split(" ");
    }

    /** The claim status a word gives ("former" for "ousted" and "ex-President"), or null. */
    static String status(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String lower = t.lower();
        int dash = lower.indexOf('-');
        return STATUS.get(dash > 0 ? lower.substring(0, dash) : lower);
    }

    /** A status joined to its title by a hyphen ("ex-President", "then-Defense"). */
    static boolean joinedStatus(Token t) {
        int dash = t.lower().indexOf('-');
        return dash > 0 && STATUS.containsKey(t.lower().substring(0, dash));
    }

    /** "junta-appointed", "Kremlin-backed": says how a post was filled, and stays out of the post's name. */
    static boolean appointedBy(Token t) {
        String w = t.lower();
        return t.isWord() && w.indexOf('-') > 0 && (w.endsWith("-appointed") || w.endsWith("-installed")
                || w.endsWith("-backed") || w.endsWith("-nominated") || w.endsWith("-elected"));
    }

    /** The title part of a token: "president" of "ex-president". */
    private static String bare(Token t) {
        return joinedStatus(t) ? t.lower().substring(t.lower().indexOf('-') + 1) : t.lower();
    }
}
