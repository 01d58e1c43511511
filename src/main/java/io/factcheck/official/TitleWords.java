package io.factcheck.official;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The vocabulary of the posts on record, for reading titles in copy: "Defense Minister" is a title because every
 * word of it is a word of some post (after {@link PostName}'s spelling and synonym folding) and it holds a head
 * noun that names an office. "Senior General" holds none, so a rank alone is not a post.
 */
public final class TitleWords {
    /** Nouns that name an office; a title needs one. "General" is left out: in copy it is a rank. */
    private static final Set<String> HEADS = Set.of("minister", "president", "secretary", "leader", "chancellor",
            "premier", "governor", "mayor", "chair", "chairman", "chairwoman", "chairperson", "counsellor",
            "counselor", "councillor", "king", "queen", "emir", "sultan", "monarch", "speaker", "ruler", "emperor",
            "empress", "prince", "taoiseach", "ombudsman", "pm");
    /** Words that qualify a title in copy without changing the post: "Myanmar coup leader" is its ruler. */
    private static final Set<String> QUALIFIERS = Set.of("coup", "junta", "federal", "union");

    /**
     * Words of some posts on record that copy mostly uses for roles no record decides: "opposition leader" is a party
     * role in most countries (the UK's Leader of the Opposition is the exception), "press secretary" a spokesman's
     * job. Left out, a story's "Opposition leader Alexei Navalny" stays no claim. With the posts of 200 countries the
     * titles also hold words that in copy only link a title to what follows ("between", "with").
     */
    private static final Set<String> NOT_IN_COPY_TITLES = Set.of("opposition", "press",
            // function words some titles hold ("Minister for Relations between ..."): in copy they end a title
            "between", "with", "without", "from", "by", "under", "after", "before", "over", "into", "within",
            "against", "among", "about", "during", "since", "until", "as", "or", "not", "no", "per", "via", "than",
            "who", "which", "that", "this", "these", "those", "its", "his", "her", "their", "our", "a", "an", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "up", "so", "new",
            "former", "ex", "then", "now", "current", "late", "outgoing", "incoming");

    private final Set<String> words;

    private TitleWords(Set<String> words) {
        this.words = words;
    }

    static TitleWords of(Collection<String> postKeys) {
        Set<String> words = new HashSet<>();
        for (String key : postKeys) {
            for (String word : key.split(" ")) {
                words.add(word);
            }
        }
        for (String form : PostName.synonymForms()) {
            if (PostName.of(form).words().stream().allMatch(words::contains)) {
                words.add(form);
            }
        }
        words.addAll(QUALIFIERS);
        words.removeAll(NOT_IN_COPY_TITLES);
        return new TitleWords(Set.copyOf(words));
    }

    /** Whether a folded word may stand in a title ("defense", "security", "minister"). */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** Whether a folded word names an office that some post on record has. */
    public boolean isHead(String word) {
        return HEADS.contains(word) && (words.contains(word) || words.contains(PostName.of(word).key()));
    }
}
