package io.factcheck.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What jurisdictions call their head of government, so that copy's generic title finds the post whatever the
 * sources call it: "Prime Minister" of Ireland is the Taoiseach, of Germany and Austria the (Federal) Chancellor,
 * and Spain's "President of the Government" is the post the sources call Prime Minister. Only generic titles are
 * read this way: a "Chancellor" in the United Kingdom stays a post of its own (the Exchequer's), never the head.
 */
final class HeadTitles {
    /** Titles that copy uses for any head of government, as post keys. */
    private static final Set<String> GENERIC = Set.copyOf(keys("Prime Minister", "Head of Government",
            "President of the Government"));
    /** Titles jurisdictions give their head of government, as post keys, in the order tried. */
    private static final List<String> HEADS_OF_GOVERNMENT = keys("Prime Minister", "Taoiseach", "Chancellor",
            "President of the Government", "Head of Government");

    private HeadTitles() {
    }

    private static List<String> keys(String... titles) {
        return Stream.of(titles).map(t -> PostName.of(t).key()).toList();
    }

    static boolean namesHeadOfGovernment(PostName name) {
        return GENERIC.contains(name.key());
    }

    /** The jurisdiction's head-of-government post among its posts by key, when it has one. */
    static Optional<Post> headOfGovernment(Map<String, Post> postsByKey) {
        return HEADS_OF_GOVERNMENT.stream().map(postsByKey::get).filter(p -> p != null).findFirst();
    }
}
