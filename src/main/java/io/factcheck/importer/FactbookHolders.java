package io.factcheck.importer;

import java.time.LocalDate;
import java.text.Normalizer;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CIA World Factbook's "chief of state" and "head of government" text: holders separated by ';', each a
 * title, ranks, a name whose surname is in capitals and a "since" date ("Acting President Sr. Gen. MIN AUNG HLAING
 * (since 31 July 2025)"), then a note ("note - ..."), or "vacant". Deputies are left out: the Factbook drops and adds
 * them with its format, so their absence from a snapshot says nothing of their term.
 */
final class FactbookHolders {
    /** One holder as a snapshot lists them. {@code since} is yyyy, yyyy-mm or yyyy-mm-dd, or null when not given. */
    record Holder(String title, String status, String name, String since, String fullName) {
        Holder withTitle(String other) {
            return new Holder(other, status, name, since, fullName);
        }
    }

    /** A field's holders, and whether it says the post is vacant (with the vacancy's "since", when given). */
    record Listing(List<Holder> holders, boolean vacant, String vacantSince) {
    }

    private static final Pattern SINCE = Pattern.compile("\\(\\s*since\\s+([^);]*?)\\s*[);]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ACCENT = Pattern.compile("&([A-Za-z])(acute|grave|uml|circ|tilde|cedil|ring);");
    /** A parenthesis that is not the "since": "(Ret.)", "(Prime Minister)", "(Conservative)". */
    private static final Pattern ASIDE = Pattern.compile("\\((?!\\s*since)[^()]*\\)", Pattern.CASE_INSENSITIVE);
    /** Words of titles, ranks and honorifics: never part of a holder's given names. */
    private static final Set<String> NOT_NAMES = Set.of("president", "minister", "prime", "vice", "deputy", "acting",
            "interim", "transitional", "caretaker", "chancellor", "king", "queen", "emperor", "empress", "sultan",
            "emir", "amir", "crown", "prince", "princess", "grand", "duke", "grand-duke", "governor", "general",
            "premier", "chairman", "chair", "chief", "head", "state", "council", "counselor", "counsellor", "supreme",
            "leader", "co-prince", "captain", "captains", "regent", "regents", "sheikh", "shaykh", "commander",
            "in", "of", "the", "and", "gen.", "sr.", "lt.", "col.", "maj.", "brig.", "adm.", "field", "marshal",
            "dr.", "gen", "lieutenant", "colonel", "major", "brigadier", "admiral", "federal", "first", "second",
            "secretary", "taoiseach", "administrator", "high", "commissioner", "lord", "his", "her", "majesty",
            "highness", "pope", "represented", "by", "military", "junta", "presidential", "executive", "mr.",
            "mrs.", "ms.", "sir", "dame", "transition", "national", "sovereign", "pontiff", "cardinal", "archbishop",
            "bishop", "mufti", "imam", "ayatollah", "head-of-state", "sole", "member", "members", "presidency",
            "chairperson", "chairwoman", "president-elect", "gov.", "rep.", "premier-elect", "raja", "yang",
            "di-pertuan", "agong", "paramount", "chief,", "ruler", "monarch", "general,");
    private static final Set<String> DEPUTY_WORDS = Set.of("vice", "deputy", "first", "second", "third", "co-vice",
            "heir", "former");
    private static final Set<String> HONORIFICS = Set.of("sheikh", "shaykh", "sir", "dame", "general", "gen",
            "colonel", "lieutenant", "major", "brigadier", "admiral", "marshal", "field", "captain", "dr", "lord");
    /** Lower-case words that belong to a name after the surname: "TAMIM bin Hamad Al THANI". */
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos",
            "das", "del", "della", "di", "du", "van", "von", "der", "den", "ould", "ben", "y", "la", "le");
    private static final Set<String> STATUS_WORDS = Set.of("acting", "interim", "transitional", "caretaker");

    private FactbookHolders() {
    }

    /** The holders of a field's text, deputies left out. */
    static Listing read(String text) {
        String body = withoutNote(clean(text));
        List<Holder> holders = new ArrayList<>();
        boolean vacant = false;
        String vacantSince = null;
        for (String part : topLevelParts(body)) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("represented by ")) {
                p = p.substring("represented by ".length());
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.startsWith("vacant") || lower.contains("(vacant)") || lower.matches("^[a-z ]*\\bvacant\\b.*")
                    || lower.contains("(in transition)")) {
                vacant = true;
                vacantSince = since(p);
                continue;
            }
            Holder h = holder(p);
            if (h != null && !isDeputy(h.title())) {
                holders.add(h);
            }
        }
        return new Listing(holders, vacant, vacantSince);
    }

    /** HTML entities and tags the Factbook's JSON keeps. */
    static String clean(String text) {
        return accents(text).replace("&nbsp;", " ").replace('\u00A0', ' ').replace('\u202F', ' ').replace("&ldquo;", "\"").replace("&rdquo;", "\"")
                .replace("&rsquo;", "'").replace("&amp;", "&").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /** "RODR&Iacute;GUEZ" to "RODRÍGUEZ": the accented letters the Factbook writes as HTML entities. */
    private static String accents(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ACCENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String mark = switch (m.group(2)) {
                case "acute" -> "\u0301";
                case "grave" -> "\u0300";
                case "uml" -> "\u0308";
                case "circ" -> "\u0302";
                case "tilde" -> "\u0303";
                case "cedil" -> "\u0327";
                default -> "\u030A";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mark));
        }
        m.appendTail(out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String withoutNote(String text) {
        Matcher m = Pattern.compile("(?i)(^|[;.]\\s*|\\s)notes?\\s*(\\d+\\s*)?[-:]").matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** Split on ';' outside parentheses (a "since" may hold one). */
    private static List<String> topLevelParts(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ';' && depth == 0) {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * One holder: the name is the run of capitalised words around the first word in capitals (its surname), with
     * the given names before it that are not titles or ranks, and what follows up to a parenthesis or comma
     * ("TAMIM bin Hamad Al Thani"); the title is what comes before, ranks taken out. Null when no name is found.
     */
    static Holder holder(String text) {
        String plain = ASIDE.matcher(text).replaceAll(" ");
        int paren = plain.indexOf('(');
        String head = (paren < 0 ? plain : plain.substring(0, paren)).replaceAll("\\s+", " ").strip();
        String[] words = head.split(" ");
        int caps = -1;
        for (int i = 0; i < words.length; i++) {
            if (isCapitals(words[i])) {
                caps = i;
                break;
            }
        }
        if (caps < 0) {
            return null;
        }
        int first = caps;
        // "President of the Government of Spain Mariano RAJOY": a word after "of" or "the" is the title's
        while (first > 0 && isGivenName(words[first - 1])
                && !(first > 1 && Set.of("of", "the", "de").contains(words[first - 2].toLowerCase(Locale.ROOT)))) {
            first--;
        }
        int last = caps;
        while (last + 1 < words.length && !words[last].endsWith(",") && isNameWord(words[last + 1])) {
            last++;
        }
        // the name ends with its last word in capitals: "Gustavo Francisco PETRO Urrego" is Gustavo Petro to copy
        // ("Petro" is the surname the Factbook marks); the whole is kept as the full name
        int lastCaps = last;
        while (lastCaps > caps && !isCapitals(words[lastCaps])) {
            lastCaps--;
        }
        List<String> nameWords = new ArrayList<>();
        for (int i = first; i <= lastCaps; i++) {
            nameWords.add(words[i]);
        }
        String name = personName(String.join(" ", nameWords));
        String fullName = lastCaps < last ? personName(String.join(" ",
                java.util.Arrays.asList(words).subList(first, last + 1))) : null;
        if (name.isEmpty() || nameWords.size() == 1 && nameWords.get(0).length() <= 5 && first == caps
                && !text.contains("(since")) {
            // "CNSP": a body's acronym, not a person
            return null;
        }
        List<String> titleWords = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            titleWords.add(words[i]);
        }
        String title = String.join(" ", titleWords).replaceAll("[,\\s]+$", "").strip();
        // "Prime Minister, State Administration Council Chair, Sr. Gen.": the post is the first of the titles
        int comma = title.indexOf(',');
        String post = (comma < 0 ? title : title.substring(0, comma)).strip();
        post = withoutRanks(post);
        int or = post.indexOf(" or ");
        if (or > 0) {
            post = post.substring(0, or); // "President of the Government or Acting Prime Minister"
        }
        post = withoutHonorifics(post);
        if (!post.isEmpty() && (!Character.isUpperCase(post.charAt(0)) || post.matches(".*\\d.*"))) {
            post = ""; // not a title: "On 13 November 2022 ..."
        }
        String status = null;
        String firstWord = post.isEmpty() ? "" : post.split(" ")[0].toLowerCase(Locale.ROOT);
        if (STATUS_WORDS.contains(firstWord)) {
            status = firstWord;
            post = post.substring(firstWord.length()).strip();
        }
        // an empty title: the field names the holder alone ("Benjamin NETANYAHU (since ...)"); the reader of the
        // history takes the title the field gave before
        return new Holder(capitalise(post), status, name, since(text), fullName);
    }

    /** "Joseph R. BIDEN, Jr." as a person's name: "Joseph R. Biden". Capitals to title case, suffixes dropped. */
    static String personName(String written) {
        String name = written.replaceAll(",?\\s*(Jr\\.?|Sr\\.?)$", "").replaceAll("[,;:]+$", "").strip();
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(isCapitals(word) && !word.matches("[IVXL]+") ? titleCase(word) : word);
        }
        return out.toString();
    }

    /** The "since" date at its precision: "19 March 2017" is 2017-03-19, "March 2017" 2017-03, "2017" 2017. */
    static String since(String text) {
        Matcher m = SINCE.matcher(text + ")");
        if (!m.find()) {
            return null;
        }
        String date = m.group(1);
        Matcher dmy = DAY_MONTH_YEAR.matcher(date);
        if (dmy.find()) {
            Month month = month(dmy.group(2));
            if (month != null) {
                int year = Integer.parseInt(dmy.group(3));
                if (dmy.group(1) == null) {
                    return String.format("%04d-%02d", year, month.getValue());
                }
                int day = Integer.parseInt(dmy.group(1));
                if (day >= 1 && day <= month.length(year % 4 == 0)) {
                    return LocalDate.of(year, month, day).toString();
                }
                return null;
            }
        }
        Matcher y = YEAR.matcher(date);
        return y.find() ? y.group(1) : null;
    }

    private static Month month(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().equals(w) || (w.length() >= 3 && m.name().startsWith(w.replace(".", "")))) {
                return m;
            }
        }
        return null;
    }

    private static boolean isDeputy(String title) {
        String first = title.split(" ")[0].toLowerCase(Locale.ROOT);
        if (title.toLowerCase(Locale.ROOT).matches(".*\\belect\\b.*|.*-elect\\b.*")) {
            return true; // a president-elect does not hold the post yet
        }
        return DEPUTY_WORDS.contains(first) || title.toLowerCase(Locale.ROOT).startsWith("vice");
    }

    /** "Prime Minister Sheikh", "President ... General": honorifics and ranks after the title are not the post. */
    private static String withoutHonorifics(String title) {
        List<String> words = new ArrayList<>(List.of(title.split(" ")));
        while (!words.isEmpty() && HONORIFICS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).strip();
    }

    private static String withoutRanks(String title) {
        List<String> kept = new ArrayList<>();
        for (String w : title.split(" ")) {
            if (!w.endsWith(".")) {
                kept.add(w);
            }
        }
        return String.join(" ", kept).strip();
    }

    /**
     * A surname as the Factbook writes it: in capitals, two letters or more ("BIDEN", "DOS", "O'BRIEN", not "II"), or
     * a hyphenated name with a part in capitals ("al-ASAD", "SASSOU-Nguesso", "Hoseini-KHAMENEI").
     */
    private static boolean isCapitals(String word) {
        String w = word.replaceAll("[,.;:']+$", "").replaceAll("'s$", "");
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (allCapitals(part)) {
                    return true;
                }
            }
            return false;
        }
        return allCapitals(w);
    }

    private static boolean allCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return letters >= 2 && !w.equals("II") && !w.equals("III") && !w.equals("SAC");
    }

    private static boolean isGivenName(String word) {
        if (word.isEmpty() || word.endsWith(",") || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isUpperCase(word.charAt(0)) || isCapitals(word);
    }

    /** Words after the surname still of the name: more capitals, particles ("bin", "al"), suffixes. */
    private static boolean isNameWord(String word) {
        if (word.isEmpty() || word.startsWith("(") || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isUpperCase(word.charAt(0)) || PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }

    private static String capitalise(String title) {
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
