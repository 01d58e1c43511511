package io.factcheck.official;

import io.factcheck.kernel.TextFold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A person's name prepared for matching: folded tokens without titles, and "skeleton" tokens that erase the usual
 * differences between romanizations (Sergei/Sergey, Shoigu/Shoygu, Berdimuhamedov/Berdimuhamedow, Aleksei/Alexey).
 */
public record PersonName(String written, List<String> tokens, List<String> skeletons) {

    /** Titles, ranks and honorifics that copy puts before names; stripped only from the front. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
            "president", "premier", "chancellor", "minister", "secretary", "governor", "mayor", "ambassador",
            "gen", "general", "senior", "vice", "deputy", "lt", "lieutenant", "col", "colonel", "maj", "major",
            "adm", "admiral", "marshal", "field", "brig", "brigadier", "capt", "captain", "commander", "cmdr",
            "sgt", "sergeant", "comrade", "sheikh", "sheik", "king", "queen", "prince", "princess", "emir", "sultan",
            "u", "daw", "saw", "naw", "sayadaw", "hon", "honourable", "honorable", "his", "her", "excellency",
            "rev", "reverend", "father", "mufti", "imam", "ayatollah", "the");

    public static PersonName of(String written) {
        List<String> tokens = new ArrayList<>(Arrays.asList(TextFold.fold(written).split(" ")));
        tokens.removeIf(String::isEmpty);
        while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        return new PersonName(written, List.copyOf(tokens), tokens.stream().map(PersonName::skeleton).toList());
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public String lastSkeleton() {
        return skeletons.get(skeletons.size() - 1);
    }

    /** How this written name matches a recorded name. */
    public NameMatch matchAgainst(PersonName recorded) {
        if (isEmpty() || recorded.isEmpty()) {
            return NameMatch.NONE;
        }
        if (tokens.equals(recorded.tokens)) {
            return NameMatch.EXACT;
        }
        if (skeletons.equals(recorded.skeletons)) {
            return NameMatch.VARIANT;
        }
        if (isPartOf(recorded, false)) {
            return NameMatch.PARTIAL;
        }
        if (skeletons.size() == recorded.skeletons.size() && allNear(recorded)) {
            return NameMatch.NEAR;
        }
        if (isPartOf(recorded, true)) {
            return NameMatch.NEAR;
        }
        return NameMatch.NONE;
    }

    /** Every written token is in the recorded name, and so is its last one: "Shoigu", "Suu Kyi", "Vladimir Putin". */
    private boolean isPartOf(PersonName recorded, boolean fuzzy) {
        if (skeletons.size() >= recorded.skeletons.size()) {
            return false;
        }
        if (!tokenMatches(lastSkeleton(), recorded.lastSkeleton(), fuzzy)) {
            return false;
        }
        for (String token : skeletons) {
            if (recorded.skeletons.stream().noneMatch(r -> tokenMatches(token, r, fuzzy))) {
                return false;
            }
        }
        return true;
    }

    private boolean allNear(PersonName recorded) {
        for (int i = 0; i < skeletons.size(); i++) {
            if (!tokenMatches(skeletons.get(i), recorded.skeletons.get(i), true)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenMatches(String a, String b, boolean fuzzy) {
        if (a.equals(b)) {
            return true;
        }
        if (!fuzzy) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && EditDistance.atMost(a, b, allowed);
    }

    /** Erases common romanization differences in one folded token. */
    static String skeleton(String token) {
        String s = token;
        if (s.startsWith("ye") || s.startsWith("ie")) {
            s = "e" + s.substring(2); // Yevgeny / Evgeny
        }
        s = s.replace("kh", "h").replace("ks", "x").replace("ph", "f").replace("ck", "k")
                .replace('w', 'v').replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                out.append(c); // doubled letters: Dmitriy -> dmitrii -> dmitri, Mukhammedov -> muhamedov
            }
        }
        return out.toString();
    }
}
