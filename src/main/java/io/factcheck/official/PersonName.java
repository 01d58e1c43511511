package io.factcheck.official;

import io.factcheck.kernel.EditDistance;
import io.factcheck.kernel.TextFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name prepared for matching: folded tokens without titles, and "skeleton" tokens that erase the usual
 * differences between romanizations (Sergei/Sergey, Shoigu/Shoygu, Berdimuhamedov/Berdimuhamedow, Aleksei/Alexey).
 */
public record PersonName(List<String> tokens, List<String> skeletons) {

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
        List<String> tokens = tokensOf(written);
        String[] skeletons = new String[tokens.size()];
        for (int i = 0; i < skeletons.length; i++) {
            skeletons[i] = skeleton(tokens.get(i));
        }
        return new PersonName(tokens, List.of(skeletons));
    }

    /** The folded words of a written name, without the titles in front of it. */
    static List<String> tokensOf(String written) {
        String folded = TextFold.fold(written);
        List<String> tokens = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > from) {
                    tokens.add(folded.substring(from, i));
                }
                from = i + 1;
            }
        }
        int first = 0;
        while (tokens.size() - first > 1 && TITLES.contains(tokens.get(first))) {
            first++;
        }
        return List.copyOf(tokens.subList(first, tokens.size()));
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
        if (recorded.isPartOf(this, false) || recorded.isInitialsOf(this) || isInitialsOf(recorded)) {
            return NameMatch.PARTIAL; // a surname-only source: "Merkel", "G. Papandreou"
        }
        if (recorded.isPartOf(this, true)) {
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

    /**
     * A recorded name of initials and a surname ("G. Papandreou") within a longer written one ("Georgios
     * Papandreou"): the surname matches the written last word, and each initial starts a written word before it.
     */
    private boolean isInitialsOf(PersonName written) {
        if (tokens.size() < 2 || tokens.size() > written.tokens.size()
                || !lastSkeleton().equals(written.lastSkeleton())) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String initial = tokens.get(i);
            if (initial.length() != 1
                    || written.tokens.subList(0, written.tokens.size() - 1).stream().noneMatch(w -> w.startsWith(initial))) {
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

    /**
     * Whether two skeleton words match at least nearly. Every kind of match needs the written name's last word to
     * match the recorded name's last, and, unless the recorded name is the shorter (a surname-only source), its
     * first word to match one of the recorded words: checked on the stored word ids first, this rules out most
     * recorded names before their words are read.
     */
    static boolean wordsMayMatch(String written, String recorded) {
        return tokenMatches(written, recorded, true);
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
        int start = token.startsWith("ye") || token.startsWith("ie") ? 1 : 0; // Yevgeny / Evgeny
        StringBuilder out = new StringBuilder(token.length());
        for (int i = start; i < token.length(); i++) {
            char c = i == start && start == 1 ? 'e' : token.charAt(i);
            char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
            if ((c == 'k' && next == 'h') || (c == 'p' && next == 'h') || (c == 'c' && next == 'k')) {
                c = c == 'k' ? 'h' : c == 'p' ? 'f' : 'k'; // kh -> h, ph -> f, ck -> k
                i++;
            } else if (c == 'k' && next == 's') {
                c = 'x';
                i++;
            } else if (c == 'd' && next == 'h') {
                i++; // Kadhafi / Kaddafi, Dhaka / Daka
            } else if (c == 'q') {
                c = 'k'; // Qaddafi / Kaddafi
            } else if (c == 'w') {
                c = 'v';
            } else if (c == 'y') {
                c = 'i';
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c); // doubled letters: Dmitriy -> dmitrii -> dmitri, Mukhammedov -> muhamedov
            }
        }
        return out.toString();
    }
}
