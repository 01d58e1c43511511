package io.factcheck.story.text;

import java.util.List;
import java.util.Set;

/**
 * Capitalized words that are no person's name, and months that are also surnames ("Theresa May"): what the date
 * reader and the name finders must agree on, so it lives beneath both.
 */
public final class NameWords {
    /** Capitalized words that are not names: sentence openers, pronouns, months and days. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "and", "but", "or", "meanwhile", "however",
            "also", "in", "on", "at", "after", "before", "when", "while", "as", "he", "she", "they", "it", "we", "i",
            "his", "her", "their", "its", "this", "that", "these", "those", "there", "here", "although", "though",
            "since", "during", "despite", "yet", "so", "then", "if", "for", "with", "by", "from", "to", "of", "who",
            "what", "which", "where", "why", "how", "mr", "mrs", "ms", "dr", "said", "says", "according", "our", "my",
            "your", "you", "not", "no", "yes", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reuters", "efe",
            "afp", "ap", "state", "government", "ministry", "council", "party", "army", "military", "police",
            "parliament", "congress", "senate", "court", "united", "nations", "house", "white", "kremlin",
            // ranks and honorifics stand before names, not in them ("Senior General Min Aung Hlaing")
            "senior", "general", "gen", "lt", "col", "maj", "capt", "adm", "brig", "sgt", "cpl", "marshal", "field",
            "colonel", "lieutenant", "admiral", "brigadier", "sergeant", "sir", "dame", "lord", "lady", "daw",
            "sheikh", "prof", "professor", "rev", "hon");

    private NameWords() {
    }

    /** Months that are also surnames ("Theresa May"): one after a first name, and not before a day's number. */
    private static final Set<String> MONTH_SURNAMES = Set.of("may", "june", "april", "august");

    public static boolean monthSurname(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        return t.capitalized() && MONTH_SURNAMES.contains(t.lower())
                && (at + 1 >= tokens.size() || !tokens.get(at + 1).isNumber());
    }

    /** A capitalized word that is no name's: a sentence opener, pronoun, month, day, rank or institution. */
    public static boolean notName(Token t) {
        return NOT_NAMES.contains(t.lower());
    }
}
