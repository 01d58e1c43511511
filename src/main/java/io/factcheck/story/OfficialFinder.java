package io.factcheck.story;

import io.factcheck.kernel.Place;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds official claims: a post's title together with a personal name, as news copy writes them.
 * <ul>
 *   <li>title before the name: "Russian Defense Minister Sergei Shoigu", "ousted leader Aung San Suu Kyi";</li>
 *   <li>apposition after the name: "Sergei Shoigu, Russia's defence minister,";</li>
 *   <li>title, then the name: "the defence minister, Sergei Shoigu".</li>
 * </ul>
 * A title is a run of the officials wing's title words holding a head noun ("minister", "leader"), with at most one
 * place in it ("Russian", "Russia's", "of Russia"), which is then the claim's jurisdiction. A title modified by a
 * word outside the vocabulary ("opposition leader", "Hezbollah leader", "army chief") is not a post on record, so
 * it makes no claim; neither does a rank alone ("Senior General").
 */
final class OfficialFinder {
    /**
     * One official claim read in a sentence.
     *
     * @param place  the jurisdiction the title names, or null (then the checker infers one)
     * @param status "former", "acting" or "current" from a status word, else null
     * @param owned  the title is "the junta's" or "the country's": the story's own country, not the sentence's
     * @param recorded the title's head is one of a post the officials' records keep (not "spokesman", "envoy")
     */
    record Finding(int start, int end, String name, String position, Place place, String status, boolean owned,
                   boolean recorded) {
    }

    /** Words that may stand right before a title that precedes a name: it is then not modified by another noun. */
    private static final Set<String> BEFORE_TITLE = Set.of("the", "a", "an", "and", "or", "but", "with", "by",
            "between", "of", "to", "from", "for", "on", "at", "as", "after", "before", "when", "while", "that",
            "which", "who", "said", "says", "told", "met", "meets", "meet", "meeting", "under", "against", "among",
            "amid", "including", "like", "is", "was", "were", "are", "then", "than", "about", "during", "since",
            "until", "without", "where", "if", "because", "its", "his", "her", "their", "new", "newly", "named",
            "appointed", "elected", "called", "urged", "thanked", "warned", "asked", "accused", "criticised",
            "criticized", "praised", "visited", "hosted", "received", "welcomed", "joined", "replaced", "succeeded",
            "succeeds", "replacing", "defeated", "both", "also", "via", "into", "in", "whom");
    /** Lower-case nouns that make a capitalized title another body's: "opposition Leader", "party Chairman". */
    private static final Set<String> NOUNS_BEFORE_TITLES = Set.of("opposition", "party", "rebel", "militia",
            "union", "club", "company", "group", "movement", "student", "army", "military", "church", "tribal",
            "separatist", "insurgent", "faction", "bloc", "coalition", "protest", "team", "board", "council",
            "committee", "deputy", "vice", "former");
    /** Words for a country's state in "the junta's foreign minister". */
    private static final Set<String> OWNERS = Set.of("junta", "country", "nation", "government", "regime",
            "kingdom", "republic", "state", "military");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the");
    /** Capitalized words that end a title after its head: "Secretary General", "President-elect". */
    private static final Set<String> TRAILING = Set.of("general", "elect", "designate");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its");
    /** Auxiliaries that make a participle after them a verb: "has ousted". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "been", "being", "is",
            "are");
    /** Words after a title that make it a past one: "home minister in the previous government". */
    private static final Set<String> PAST_GOVERNMENT = Set.of("previous", "former", "last", "outgoing");

    private final Titles titles;

    OfficialFinder(Titles titles) {
        this.titles = titles;
    }

    /** @param known whether a single word is the surname of someone named in full earlier in the story */
    List<Finding> find(Copy copy, Sentence s, Predicate<String> known) {
        List<Token> tokens = copy.tokens;
        List<Finding> out = new ArrayList<>(1);
        int h = s.from();
        while (h < s.to()) {
            if (titles.isPluralHead(tokens.get(h))) {
                int a = extendLeft(tokens, s, h);
                for (TitleLists.Item item : TitleLists.read(copy, s, a, h, titles)) {
                    out.add(new Finding(item.start(), item.end(), item.name(), item.position(), item.place(),
                            item.status(), false, true));
                }
            }
            TitleLinks.Link ruler = TitleLinks.ruled(tokens, s, h, titles, known);
            if (ruler != null) {
                PlaceNames.Mention country = s.placeAt(h + 1);
                out.add(new Finding(tokens.get(ruler.from()).start(), tokens.get(country.to() - 1).end(),
                        Names.text(copy, ruler.from(), ruler.to()), "leader", country.place(), ruler.status(), false,
                        true));
            }
            if (!titles.isHead(tokens.get(h))) {
                h++;
                continue;
            }
            int a = extendLeft(tokens, s, h);
            int b = extendRight(tokens, s, h + 1);
            int bodyFrom = TitleBodies.before(tokens, s, a, h);
            int bodyTo = TitleBodies.after(tokens, s, b, h);
            Finding found = read(copy, s, bodyFrom, bodyTo, known, bodyFrom < a || bodyTo > b);
            if (found != null) {
                out.add(found);
            }
            h = b;
        }
        return out;
    }

    private int extendLeft(List<Token> tokens, Sentence s, int h) {
        int a = h;
        while (a - 1 >= s.from()) {
            Token p = tokens.get(a - 1);
            PlaceNames.Mention place = s.placeAt(a - 1);
            if (place != null) {
                a = place.from();
            } else if (titles.isTitleWord(p) || Titles.status(p) != null && !verbal(tokens, s, a - 1)
                    || Titles.appointedBy(p)) {
                a--;
            } else {
                break;
            }
        }
        return a;
    }

    /**
     * A status word used as a verb after an auxiliary: "has ousted Fiji's Prime Minister", "had toppled President X".
     * Elsewhere a participle is the title's status ("the ousted leader", "in which ousted leader X's party").
     */
    private static boolean verbal(List<Token> tokens, Sentence s, int at) {
        Token t = tokens.get(at);
        return at > s.from() && (t.lower().endsWith("ed") || t.is("overthrown"))
                && AUXILIARIES.contains(tokens.get(at - 1).lower());
    }

    /**
     * Title words after the head, and "of"/"for"/"and" when a title word or place follows: "Minister for Foreign
     * Affairs", "Secretary General". A capitalized word right after the head is the name's, not the title's
     * ("President Vladimir Putin"), even when some post's title holds it ("Governor of Vladimir Oblast").
     */
    private int extendRight(List<Token> tokens, Sentence s, int b) {
        while (b < s.to()) {
            Token n = tokens.get(b);
            if (titles.isTitleWord(n) && (!n.capitalized() || titles.isHead(n) || TRAILING.contains(n.lower()))) {
                b++;
                continue;
            }
            if (!CONNECTORS.contains(n.lower()) || n.lower().equals("the")) {
                break;
            }
            int next = b + 1;
            if (next < s.to() && tokens.get(next).is("the")) {
                next++;
            }
            if (next >= s.to()) {
                break;
            }
            PlaceNames.Mention place = s.placeAt(next);
            if (place != null && place.from() == next) {
                b = place.to();
                if (tokens.get(b - 1).possessive()) {
                    continue; // "secretary of Russia's Security Council"
                }
                break;
            }
            if (!titles.isTitleWord(tokens.get(next))) {
                break;
            }
            b = next + 1;
        }
        return b;
    }

    /** @param body the title names a state body around its head: a post the officials' records do not keep */
    private Finding read(Copy copy, Sentence s, int a, int b, Predicate<String> known, boolean body) {
        Title title = title(copy, s, a, b);
        if (title == null) {
            return null;
        }
        if (body) {
            title = new Title(title.position, title.place, title.status, false);
        }
        List<Token> tokens = copy.tokens;
        // 1. the title before the name
        int nameStart = Names.pastRanks(tokens, b, s.to());
        int nameEnd = nameStart < s.to() ? Names.forward(tokens, nameStart, s.to(), s, titles) : -1;
        if (nameEnd > 0 && TitleBodies.endsBodyName(tokens.get(nameEnd - 1))) {
            // the capitalized words name a body ("of the African Union Commission"): the person's name follows it
            Finding ofBody = read(copy, s, a, nameEnd, known, true);
            if (ofBody != null) {
                return ofBody;
            }
        }
        if (nameEnd > 0 && standsAlone(tokens, s, a, titleStart(tokens, s, a, b))) {
            int apposed = nameEnd - nameStart == 1 && nameEnd + 1 < s.to() && tokens.get(nameEnd).isMark(',')
                    ? Names.pastRanks(tokens, nameEnd + 1, s.to()) : -1;
            int apposedEnd = apposed > 0 ? Names.forward(tokens, apposed, s.to(), s, titles) : -1;
            if (apposedEnd - apposed >= 2) {
                // "Minister of State for Budget and National Planning, Mrs Zainab Ahmed": the name follows the comma
                return finding(copy, s, a, apposed, apposedEnd, title, tokens.get(a).start(),
                        Names.end(copy, apposedEnd));
            }
            return finding(copy, s, a, nameStart, nameEnd, title, tokens.get(a).start(), Names.end(copy, nameEnd));
        }
        int before = a - 1;
        if (before >= s.from() && DETERMINERS.contains(tokens.get(before).lower())) {
            before--;
        }
        // 2. apposition after the name: "Sergei Shoigu, Russia's defence minister,"
        int pastGovernment = pastGovernment(tokens, s, b);
        if ((closes(tokens, s, b) || pastGovernment > b) && before > s.from() && tokens.get(before).isMark(',')) {
            int from = Names.backward(tokens, before - 1, s.from(), s, titles);
            boolean honoured = from > s.from() && Names.pastRanks(tokens, from - 1, from) == from;
            if (from >= 0 && (fullOrKnown(copy, from, before, known) || honoured || before < a - 1)) {
                Title read = pastGovernment > b ? new Title(title.position, title.place, "former", title.recorded) : title;
                return finding(copy, s, a, from, before, read, tokens.get(from).start(),
                        tokens.get(Math.max(b, pastGovernment) - 1).end());
            }
        }
        // 3. the title, then the name: "the defence minister, Sergei Shoigu"
        Token first = titleStart(tokens, s, a, b);
        boolean introduced = before < a - 1 || s.placeAt(a) != null || owned(tokens, s, a)
                || (a == s.from() || tokens.get(a - 1).isMark()) && tokens.get(a).capitalized()
                || first.capitalized(); // "House Speaker, Nabih Berri": copy capitalizes a title it names
        if (introduced && b + 1 < s.to() && tokens.get(b).isMark(',')) {
            int from = Names.pastRanks(tokens, b + 1, s.to());
            int end = Names.forward(tokens, from, s.to(), s, titles);
            if (end > 0 && (fullOrKnown(copy, from, end, known) || from > b + 1) && (end == s.to()
                    || closes(tokens, s, end) || tokens.get(end).isMark('(')
                    || tokens.get(end).isWord() && Character.isLowerCase(tokens.get(end).text().charAt(0)))) {
                return finding(copy, s, a, from, end, title, tokens.get(a).start(), Names.end(copy, end));
            }
        }
        // 4. a verb links the name to the title: "X was sworn in as President", "X, who had served as premier"
        TitleLinks.Link link = TitleLinks.before(tokens, s, a, titles, known);
        if (link != null) {
            Title read = title.status == null ? new Title(title.position, title.place, link.status(), title.recorded)
                    : title;
            return finding(copy, s, a, link.from(), link.to(), read, tokens.get(link.from()).start(),
                    tokens.get(b - 1).end());
        }
        return null;
    }

    private Finding finding(Copy copy, Sentence s, int a, int nameFrom, int nameTo, Title title, int start, int end) {
        return new Finding(start, end, Names.text(copy, nameFrom, nameTo), title.position, title.place, title.status,
                owned(copy.tokens, s, a), title.recorded);
    }

    /** The title's parts: status words, at most one place, and the post's own words. */
    private record Title(String position, Place place, String status, boolean recorded) {
    }

    private Title title(Copy copy, Sentence s, int a, int b) {
        List<Token> tokens = copy.tokens;
        Place place = null;
        String status = null;
        StringBuilder position = new StringBuilder();
        boolean head = false;
        boolean recorded = false;
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            PlaceNames.Mention m = s.placeAt(i);
            if (m != null) {
                if (place != null && place != m.place()) {
                    return null; // two places: not one post
                }
                place = m.place();
                i = m.to() - 1;
                continue;
            }
            if (Titles.appointedBy(t)) {
                continue; // "junta-appointed foreign minister": how the post was filled, not its name
            }
            String word = t.text();
            if (Titles.status(t) != null && (position.isEmpty() || Titles.joinedStatus(t))) {
                status = Titles.status(t);
                if (!Titles.joinedStatus(t)) {
                    continue;
                }
                word = word.substring(word.indexOf('-') + 1);
            }
            head |= titles.isHead(t);
            recorded |= titles.isRecordedHead(t);
            if (!position.isEmpty()) {
                position.append(' ');
            }
            position.append(word);
        }
        String written = trimConnectors(position.toString());
        return head && !written.isEmpty() ? new Title(written, place, status, recorded) : null;
    }

    /** "secretary of" left when the place after "of" was taken out: "secretary". */
    private static String trimConnectors(String position) {
        String out = position;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String c : CONNECTORS) {
                if (out.toLowerCase().endsWith(" " + c)) {
                    out = out.substring(0, out.length() - c.length() - 1);
                    changed = true;
                }
                if (out.toLowerCase().startsWith(c + " ")) {
                    out = out.substring(c.length() + 1);
                    changed = true;
                }
            }
        }
        return out;
    }

    /**
     * A title before a name must not be modified by a noun of its own: "opposition leader X" is no post. Without a
     * part-of-speech tagger the word before must be a function word, a verb in "-ed" ("detained State Counsellor
     * X"), or any lower-case word when the title itself is capitalized, as copy writes titles before names
     * ("met Foreign Minister X"); a capitalized word before it is another name ("Hezbollah leader X").
     */
    private static boolean standsAlone(List<Token> tokens, Sentence s, int a, Token first) {
        if (a == s.from()) {
            return true;
        }
        Token p = tokens.get(a - 1);
        if (p.isMark() || BEFORE_TITLE.contains(p.lower()) || owned(tokens, s, a)) {
            return true;
        }
        boolean lowerWord = p.isWord() && Character.isLowerCase(p.text().charAt(0));
        // "-ed" verbs and hyphenated adjectives: "detained State Counsellor X", "long-ruling dictator X"
        return lowerWord && (p.lower().endsWith("ed") || participleCompound(p)
                || first.capitalized() && !NOUNS_BEFORE_TITLES.contains(p.lower()));
    }

    /** "long-ruling", "long-serving", "self-proclaimed": a hyphened participle, not a political label ("far-right"). */
    private static boolean participleCompound(Token p) {
        String w = p.lower();
        return w.indexOf('-') > 0 && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /**
     * "the junta's foreign minister", "the country's president": the title belongs to the country the story is
     * about, which the checker then infers.
     */
    private static boolean owned(List<Token> tokens, Sentence s, int a) {
        return a - 2 >= s.from() && tokens.get(a - 1).possessive() && OWNERS.contains(tokens.get(a - 1).lower())
                && tokens.get(a - 2).is("the");
    }

    /** The title's first word that is not a status or place: its capital says whether copy wrote it as a title. */
    private static Token titleStart(List<Token> tokens, Sentence s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.placeAt(i) == null && Titles.status(tokens.get(i)) == null) {
                return tokens.get(i);
            }
        }
        return tokens.get(a);
    }

    /** The end of "in the previous government" after a title at {@code b}, or -1. */
    private static int pastGovernment(List<Token> tokens, Sentence s, int b) {
        if (b + 3 < s.to() && tokens.get(b).is("in") && tokens.get(b + 1).is("the")
                && PAST_GOVERNMENT.contains(tokens.get(b + 2).lower()) && tokens.get(b + 3).isWord()) {
            return b + 4;
        }
        return -1;
    }

    /** Whether a title ends its phrase: a comma, a sentence end, a bracket. */
    private static boolean closes(List<Token> tokens, Sentence s, int at) {
        if (at >= s.to()) {
            return true;
        }
        Token t = tokens.get(at);
        return t.isMark(',') || t.isMark('.') || t.isMark(';') || t.isMark(')') || t.isMark('\u2014');
    }

    /** Appositions need a full name, or a surname the story has already given in full. */
    private static boolean fullOrKnown(Copy copy, int from, int to, Predicate<String> known) {
        return to - from >= 2 || known.test(copy.tokens.get(from).lower());
    }
}
