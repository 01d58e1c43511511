package io.factcheck.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What jurisdictions call their heads of government and state, so that copy's generic title finds the post whatever
 * the sources call it: "Prime Minister" of Ireland is the Taoiseach, of Germany and Austria the (Federal) Chancellor,
 * Spain's "President of the Government" is the post the sources call Prime Minister, "Head of State" is the
 * president or the monarch, and "King" of Spain the post the sources call "monarch". Only generic titles are read
 * this way: a "Chancellor" in the United Kingdom stays a post of its own (the Exchequer's), never the head, and a
 * "King" of a republic finds no post.
 */
final class HeadTitles {
    /** Titles that copy uses for any head of government, as post keys. */
    private static final Set<String> GENERIC = Set.copyOf(keys("Prime Minister", "Head of Government",
            "President of the Government"));
    /** Titles jurisdictions give their head of government, as post keys, in the order tried. */
    private static final List<String> HEADS_OF_GOVERNMENT = keys("Prime Minister", "Taoiseach", "Chancellor",
            "President of the Government", "Head of Government");

    /** Titles copy uses for any head of state: the jurisdiction's president or monarch, whichever it has. */
    private static final Set<String> GENERIC_HEAD_OF_STATE = Set.copyOf(keys("Head of State"));
    /** Titles copy uses for a monarch, whatever the sources call the throne ("monarch", "King"). */
    private static final Set<String> GENERIC_MONARCH = Set.copyOf(keys("King", "Queen", "Monarch"));
    private static final List<String> MONARCHS = keys("Monarch", "King", "Queen", "Emir", "Sultan", "Grand Duke");
    private static final List<String> HEADS_OF_STATE = keys("President", "Monarch", "King", "Queen", "Emir",
            "Sultan", "Grand Duke");

    private HeadTitles() {
    }

    /**
     * The post a generic title names in a jurisdiction whose own post has another title: its head of government,
     * head of state or monarch; empty when the title is no generic one or the jurisdiction has no such post.
     */
    static Optional<Post> resolve(PostName name, Map<String, Post> postsByKey) {
        List<String> candidates = GENERIC.contains(name.key()) ? HEADS_OF_GOVERNMENT
                : GENERIC_HEAD_OF_STATE.contains(name.key()) ? HEADS_OF_STATE
                : GENERIC_MONARCH.contains(name.key()) ? MONARCHS : List.of();
        return candidates.stream().map(postsByKey::get).filter(p -> p != null).findFirst();
    }

    /** Generic titles as copy writes them, one of each kind: what {@link #genericTitlesOf} offers an editor. */
    private static final List<PostName> COPY_TITLES = Stream.of("Prime Minister", "Head of State", "King")
            .map(PostName::of).toList();

    /** The generic titles that find this post among its jurisdiction's, when its own title is another. */
    static List<String> genericTitlesOf(Post post, Map<String, Post> postsByKey) {
        return COPY_TITLES.stream().filter(t -> !t.key().equals(post.name().key())
                && resolve(t, postsByKey).orElse(null) == post).map(PostName::written).toList();
    }

    /** The jurisdiction's head of government, of state and monarch, in that order, as far as its posts have them. */
    static List<Post> headsOf(Map<String, Post> postsByKey) {
        return COPY_TITLES.stream().map(t -> resolve(t, postsByKey).orElse(null)).filter(p -> p != null).distinct()
                .toList();
    }

    /** Whether a title names a head of government, state or a monarch generically ("Prime Minister", "King"). */
    static boolean isGeneric(PostName name) {
        return GENERIC.contains(name.key()) || GENERIC_HEAD_OF_STATE.contains(name.key())
                || GENERIC_MONARCH.contains(name.key());
    }

    private static List<String> keys(String... titles) {
        return Stream.of(titles).map(t -> PostName.of(t).key()).toList();
    }

}
