package io.factcheck.story;

import io.factcheck.story.text.Copy;
import io.factcheck.story.text.NameWords;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Reads personal names in copy: a run of capitalized words ("Min Aung Hlaing", "Aung San Suu Kyi", "John F.
 * Kennedy", "Ursula von der Leyen") that are not places, weekdays or words that start sentences. A possessive ends
 * the name ("Aung San Suu Kyi's party").
 */
final class Names {
    static final int MAX_WORDS = 5;
    /** Lower-case particles inside names. */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "das", "dos", "du",
            "del", "della", "di", "la", "le", "bin", "binti", "ibn", "al", "el", "ben", "y", "ter", "zu");
    private Names() {
    }

    /** Ranks and honorifics before a name: "General Francis Ogolla", "Mrs Kemi Adeosun", "Sheikh Hasina". */
    private static final Set<String> RANKS = Set.of("senior", "general", "gen", "lt", "col", "maj", "major", "capt",
            "captain", "adm", "brig", "colonel", "lieutenant", "admiral", "brigadier", "marshal", "field", "commodore",
            "sir", "dame", "lord", "lady", "daw", "sheikh", "prof", "professor", "dr", "mr", "mrs", "ms", "hon");

    /** The first token from {@code at} past ranks and honorifics ("Major General"), at most three of them. */
    static int pastRanks(List<Token> tokens, int at, int limit) {
        int i = at;
        while (i < limit && i < at + 3 && tokens.get(i).isWord() && tokens.get(i).capitalized()
                && RANKS.contains(bare(tokens.get(i).lower()))) {
            i++;
        }
        return i;
    }

    private static String bare(String lower) {
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** A name read forward from token {@code at}: tokens [at, end) where end is returned, or -1 when none. */
    static int forward(List<Token> tokens, int at, int limit, Sentence sentence, Titles titles) {
        int end = at;
        int words = 0;
        while (end < limit && words < MAX_WORDS) {
            Token t = tokens.get(end);
            if (isNameWord(t, sentence, end, titles)) {
                end++;
                words++;
                if (t.possessive()) {
                    break;
                }
            } else if (words > 0 && t.isWord() && PARTICLES.contains(t.lower()) && end + 1 < limit
                    && isNameWord(tokens.get(end + 1), sentence, end + 1, titles)) {
                end++;
            } else if (words > 0 && initial(t) && end + 1 < limit
                    && isNameWord(tokens.get(end + 1), sentence, end + 1, titles)) {
                end++; // "Kamina J Smith": a middle initial written without its dot
            } else if (words > 0 && NameWords.monthSurname(tokens, end)) {
                end++;
                words++;
            } else {
                break;
            }
        }
        return words == 0 ? -1 : end;
    }

    /** A name read backward, ending with token {@code last}: returns its first token, or -1 when none. */
    static int backward(List<Token> tokens, int last, int limit, Sentence sentence, Titles titles) {
        int start = last + 1;
        int words = 0;
        while (start - 1 >= limit && words < MAX_WORDS) {
            Token t = tokens.get(start - 1);
            boolean month = start == last + 1 && start - 2 >= limit && NameWords.monthSurname(tokens, start - 1)
                    && isNameWord(tokens.get(start - 2), sentence, start - 2, titles);
            if (month || isNameWord(t, sentence, start - 1, titles) && (start == last + 1 || !t.possessive())) {
                start--;
                words++;
            } else if (words > 0 && t.isWord() && PARTICLES.contains(t.lower()) && start - 2 >= limit
                    && isNameWord(tokens.get(start - 2), sentence, start - 2, titles)) {
                start--;
            } else {
                break;
            }
        }
        return words == 0 ? -1 : start;
    }

    private static boolean initial(Token t) {
        return t.isWord() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isNameWord(Token t, Sentence sentence, int index, Titles titles) {
        if (particleJoined(t)) {
            return true; // "al-Sisi", "bin-Salman"
        }
        if (!t.capitalized() || NameWords.notName(t) || sentence.placeAt(index) != null
                || t.lower().endsWith("-led") || t.lower().endsWith("-backed")
                || sentence.dateAt(index) != null || titles.isHead(t) || Titles.status(t) != null) {
            return false;
        }
        String text = t.text();
        // "F." is an initial; other words need a lower-case letter ("EFE", "AAPP" are not people)
        return text.length() == 2 && t.dotted() || hasLowerCase(text);
    }

    /** A lower-case particle joined to a capitalized name by a hyphen: "al-Sisi", "el-Sisi", "bin-Zayed". */
    private static boolean particleJoined(Token t) {
        String text = t.text();
        int dash = text.indexOf('-');
        return t.isWord() && dash > 0 && dash + 1 < text.length() && PARTICLES.contains(text.substring(0, dash))
                && Character.isUpperCase(text.charAt(dash + 1));
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The name as a claim writes it: its words as written, without a possessive or a final dot. */
    static String text(Copy copy, int from, int to) {
        Token last = copy.tokens.get(to - 1);
        int end = last.possessive() ? last.end() - 2 : last.end();
        return copy.text.substring(copy.tokens.get(from).start(), end).replaceAll("\\s+", " ");
    }

    /** Where a name's words end in the text, without a possessive "'s". */
    static int end(Copy copy, int to) {
        Token last = copy.tokens.get(to - 1);
        return last.possessive() ? last.end() - 2 : last.end();
    }
}
