package io.factcheck.official;

import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every post by jurisdiction and title words, with tenures reconciled into terms: an open tenure ends where a
 * successor in a single-holder post starts, or where the whole government it served ended, and the term says
 * which record decided. Built once at load; lookups are hash hits plus a scan of one post's terms. At load,
 * {@link PostRows} groups the rows by post, {@link HolderIdentity} settles which rows are one person and
 * {@link TermEnds} where each term ends.
 */
public final class TenureIndex {
    /** The post REIGN codes as the effective ruler: whose spell ending with a government decides who fell with it. */
    static final String LEADER = "leader";
    /** Posts with fewer terms are scanned whole for a name; larger ones (heads of government) by surname first. */
    static final int SCAN_WHOLE = 48;

    private final Places places;
    private final TenureStore store;
    private final Map<String, Map<String, Post>> postsByPlace = new HashMap<>();
    private final Map<String, List<Post>> postsByKey = new HashMap<>();
    /** Per place id, the posts whose title has a word: a title with more words is found among its rarest word's. */
    private final Map<String, PostsByWord> postsByPlaceWord = new HashMap<>();
    private final int postCount;
    /** How many rows of the store are left out. */
    private final int masked;
    /** Rows by the skeleton id of a holder's surname: surnameRows[surnameStart[id] .. surnameStart[id + 1]). */
    private final int[] surnameStart;
    private final int[] surnameRows;
    /** Beside each surname entry, the first day its term may be held and the last: a scan for a day stays sequential. */
    private final int[] surnameFrom;
    private final int[] surnameUntil;

    /** Each row's post (an index into {@link #postNames}), kept for the compiled form. */
    private final int[] rowPost;
    private final List<PostName> postNames;
    /** Where a layer's term contradicts a lower one (see {@link TenureConflicts}); empty without layers. */
    private final List<LayerConflict> conflicts = new ArrayList<>();

    TenureIndex(Places places, TenureStore store) {
        this(places, store, null, null, new BitSet());
    }

    TenureIndex(Places places, TenureStore store, int[] rowPost, List<PostName> postNames) {
        this(places, store, rowPost, postNames, new BitSet());
    }

    /**
     * @param rowPost   the post of each row, or of the first rows, as an index of {@code postNames}, when the
     *                  compiled form gives them; else null. The others are worked out from the titles.
     * @param masked    rows left out: a layer replaced or deleted them
     */
    TenureIndex(Places places, TenureStore store, int[] rowPost, List<PostName> postNames, BitSet masked) {
        this.places = places;
        this.store = store;
        if (rowPost == null) {
            postNames = new ArrayList<>();
            rowPost = new int[0];
        }
        PostRows grouping = new PostRows(places, store);
        this.rowPost = grouping.postOfEachRow(rowPost, postNames);
        masked.stream().forEach(row -> this.rowPost[row] = -1);
        this.postNames = postNames;
        this.masked = masked.cardinality();
        int[] postStart = new int[postNames.size() + 1];
        int[] byPost = grouping.rowsByPostInStartOrder(this.rowPost, postStart);
        Map<Integer, int[]> leaderSpells = grouping.leaderSpells(postNames, postStart, byPost);
        Map<String, List<Integer>> endsByPlace = new HashMap<>();
        for (int i = 0; i < store.governmentEnds().size(); i++) {
            endsByPlace.computeIfAbsent(store.governmentEnds().get(i).jurisdiction().id(), k -> new ArrayList<>()).add(i);
        }
        HolderIdentity people = new HolderIdentity(store);
        TermEnds ends = new TermEnds(store, people);
        TenureConflicts layerConflicts = new TenureConflicts(store, people::samePerson);
        int posts = 0;
        Map<String, Map<String, List<Post>>> byPlaceWord = new HashMap<>();
        for (int p = 0; p < postNames.size(); p++) {
            if (postStart[p] == postStart[p + 1]) {
                continue; // every row of the post was replaced or deleted by a layer
            }
            posts++;
            int[] rows = Arrays.copyOfRange(byPost, postStart[p], postStart[p + 1]);
            int first = rows[0];
            PostName name = postNames.get(p);
            String holders = store.holders(first);
            boolean single = holders != null ? holders.equals("single")
                    : Post.inferSingleHolder(name) && !ends.heldSideBySide(rows);
            Place place = store.place(first);
            people.link(rows);
            for (int row : rows) {
                ends.reconcile(row, rows, single, endsByPlace.getOrDefault(place.id(), List.of()),
                        leaderSpells.getOrDefault(store.placeId(row), new int[0]));
            }
            if (store.layered()) {
                layerConflicts.check(rows, single, conflicts);
            }
            Post post = new Post(p, place, name, store.title(first), single, store, rows);
            postsByPlace.computeIfAbsent(place.id(), k -> new HashMap<>()).put(name.key(), post);
            postsByKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(post);
            Map<String, List<Post>> byWord = byPlaceWord.computeIfAbsent(place.id(), k -> new HashMap<>());
            for (String word : name.words()) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>(2)).add(post);
            }
        }
        this.postCount = posts;
        this.surnameStart = new int[store.holderNames.wordCount() + 1];
        this.surnameRows = surnameIndex(byPost);
        this.surnameFrom = new int[surnameRows.length];
        this.surnameUntil = new int[surnameRows.length];
        for (int i = 0; i < surnameRows.length; i++) {
            int row = surnameRows[i];
            surnameFrom[i] = store.startFirstDay(row);
            surnameUntil[i] = store.hasEffectiveEnd(row) ? store.effectiveEndLastDay(row) : Integer.MAX_VALUE;
        }
        store.trim();
        // most of these lists hold one or two posts: immutable ones of that size cost a third of a growable list
        postsByKey.replaceAll((key, list) -> List.copyOf(list));
        byPlaceWord.forEach((placeId, byWord) -> postsByPlaceWord.put(placeId, PostsByWord.of(byWord)));
    }

    TenureStore store() {
        return store;
    }

    int[] rowPost() {
        return rowPost;
    }

    List<PostName> postNames() {
        return postNames;
    }

    public List<LayerConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public int tenureCount() {
        return store.size() - masked;
    }

    public int governmentEndCount() {
        return store.governmentEnds().size();
    }

    public int postCount() {
        return postCount;
    }

    /** A title with the jurisdiction's own names taken out: "President of Russia" in Russia is "President". */
    public PostName postName(String title, Place jurisdiction) {
        return PostName.of(places.strip(title, jurisdiction));
    }

    /**
     * Posts of that title in a jurisdiction: the exact title; else, for a generic title of a head of government or
     * state ("Prime Minister", "President of the Government", "Head of State", "King"), the post the jurisdiction
     * gives that head whatever it is called ("Taoiseach", "Chancellor", "monarch"; see {@link HeadTitles}); else the
     * one post whose title contains all its words.
     */
    public List<Post> find(PostName name, Place jurisdiction) {
        Map<String, Post> posts = postsByPlace.getOrDefault(jurisdiction.id(), Map.of());
        Post exact = posts.get(name.key());
        if (exact != null) {
            return List.of(exact);
        }
        if (HeadTitles.isGeneric(name)) {
            return HeadTitles.resolve(name, posts).map(List::of).orElse(List.of());
        }
        if (name.words().size() < 2) {
            return List.of();
        }
        PostsByWord byWord = postsByPlaceWord.get(jurisdiction.id());
        if (byWord == null) {
            return List.of();
        }
        List<Post> rarest = null;
        for (String word : name.words()) {
            List<Post> withWord = byWord.get(word);
            if (withWord == null) {
                return List.of();
            }
            if (rarest == null || withWord.size() < rarest.size()) {
                rarest = withWord;
            }
        }
        List<Post> wider = rarest.stream().filter(p -> p.name().words().containsAll(name.words())).toList();
        return wider.size() == 1 ? wider : List.of();
    }

    /**
     * What the records cover, per place id: each post's span, holders and sources. The heads of government and
     * state (and the effective ruler) come first, what copy names most; the other posts follow by title.
     */
    public Map<String, List<PostCoverage>> coverage() {
        Map<String, List<PostCoverage>> out = new HashMap<>();
        postsByPlace.forEach((placeId, posts) -> {
            List<Post> first = new ArrayList<>(HeadTitles.headsOf(posts));
            Post leader = posts.get(LEADER);
            if (leader != null && !first.contains(leader)) {
                first.add(leader);
            }
            Comparator<Post> headsFirst = Comparator.comparingInt(post -> first.contains(post)
                    ? first.indexOf(post) : first.size());
            out.put(placeId, posts.values().stream()
                    .sorted(headsFirst.thenComparing(post -> post.name().written(), String.CASE_INSENSITIVE_ORDER))
                    .map(post -> post.coverage(post.name().key().equals(LEADER) ? CoupTitle.WRITTEN
                            : HeadTitles.genericTitlesOf(post, posts)))
                    .toList());
        });
        return out;
    }

    /** The words of every post's title, as {@link PostName} folds them: what a finder may read as a title. */
    public TitleWords titleWords() {
        return TitleWords.of(postsByKey.keySet());
    }

    /** Posts of that exact title in every jurisdiction, for claims that name none. */
    public List<Post> findAnywhere(PostName name) {
        return postsByKey.getOrDefault(name.key(), List.of());
    }

    /**
     * Terms held on a day by a holder whose name matches, for "what did they hold instead". Candidates share the
     * written name's last word (as a skeleton). A common surname may stand on thousands of rows, so the day is
     * checked first against the bounds kept beside the entries, before any row is read.
     */
    public Stream<Term> heldOnBy(PersonName name, LocalDate day) {
        int id = store.holderNames.wordId(name.lastSkeleton());
        if (id == Interned.UNKNOWN) {
            return Stream.empty();
        }
        long epochDay = day.toEpochDay();
        return IntStream.range(surnameStart[id], surnameStart[id + 1])
                .filter(i -> surnameFrom[i] <= epochDay && epochDay <= surnameUntil[i])
                .mapToObj(i -> new Term(store, surnameRows[i]))
                .filter(t -> t.statusOn(day) == Term.Status.HELD && t.match(name).isMatch());
    }

    /**
     * A large post's terms whose holder has a name ending in the written name's last word (as a skeleton), in start
     * order: every match but a near one on that word is among them. Null for a post small enough to scan whole.
     */
    List<Term> termsBySurname(Post post, PersonName name) {
        if (post.size() < SCAN_WHOLE) {
            return null;
        }
        int id = store.holderNames.wordId(name.lastSkeleton());
        if (id == Interned.UNKNOWN) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        for (int i = surnameStart[id]; i < surnameStart[id + 1]; i++) {
            if (rowPost[surnameRows[i]] == post.id()) {
                out.add(new Term(store, surnameRows[i]));
            }
        }
        return out;
    }

    /**
     * Every term, at any time and in any post, of a holder whose name matches the written one at least as well as
     * {@code atLeast}: whether the records know anyone by that name, and who.
     */
    public List<Match> knownAs(PersonName name, NameMatch atLeast) {
        int id = store.holderNames.wordId(name.lastSkeleton());
        if (id == Interned.UNKNOWN) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        for (int i = surnameStart[id]; i < surnameStart[id + 1]; i++) {
            Term term = new Term(store, surnameRows[i]);
            NameMatch quality = term.match(name);
            if (quality.isMatch() && !atLeast.betterThan(quality)) {
                out.add(new Match(null, term, quality));
            }
        }
        return out;
    }

    /** Every row under the skeleton of each of its holder's surnames, post by post. Fills surnameStart. */
    private int[] surnameIndex(int[] byPost) {
        for (int row : byPost) {
            for (int id : distinctSurnames(row)) {
                surnameStart[id + 1]++;
            }
        }
        for (int i = 1; i < surnameStart.length; i++) {
            surnameStart[i] += surnameStart[i - 1];
        }
        int[] out = new int[surnameStart[surnameStart.length - 1]];
        int[] next = Arrays.copyOf(surnameStart, surnameStart.length - 1);
        for (int row : byPost) {
            for (int id : distinctSurnames(row)) {
                out[next[id]++] = row;
            }
        }
        return out;
    }

    /** A row's surname ids, each once ("Sergei Shoigu" and "Sergey Shoygu" share one). */
    private int[] distinctSurnames(int row) {
        int[] ids = store.surnameIds(row);
        return ids.length < 2 ? ids : IntStream.of(ids).distinct().toArray();
    }
}
