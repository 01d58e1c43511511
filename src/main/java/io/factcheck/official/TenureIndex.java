package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;
import io.factcheck.official.TenureStore.EndKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every post by jurisdiction and title words, with tenures reconciled into terms: an open tenure ends where a
 * successor in a single-holder post starts, or where the whole government it served ended, and the term says
 * which record decided. Built once at load; lookups are hash hits plus a scan of one post's terms.
 */
public final class TenureIndex {
    /** The post REIGN codes as the effective ruler: whose spell ending with a government decides who fell with it. */
    static final String LEADER = "leader";
    /** How long two holders of a one-holder post may overlap in one source before it counts as several holders. */
    static final int HANDOVER_DAYS = 30;
    /** Posts with fewer terms are scanned whole for a name; larger ones (heads of government) by surname first. */
    static final int SCAN_WHOLE = 48;

    private final Places places;
    private final TenureStore store;
    private final Map<String, Map<String, Post>> postsByPlace = new HashMap<>();
    private final Map<String, List<Post>> postsByKey = new HashMap<>();
    /** Per place id, the posts whose title has a word: a title with more words is found among its rarest word's. */
    private final Map<String, Map<String, List<Post>>> postsByPlaceWord = new HashMap<>();
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
        this.rowPost = postOfEachRow(rowPost, postNames);
        masked.stream().forEach(row -> this.rowPost[row] = -1);
        this.postNames = postNames;
        this.masked = masked.cardinality();
        int[] postStart = new int[postNames.size() + 1];
        int[] byPost = rowsByPostInStartOrder(this.rowPost, postStart);
        Map<Integer, int[]> leaderSpells = leaderSpells(postNames, postStart, byPost);
        Map<String, List<Integer>> endsByPlace = new HashMap<>();
        for (int i = 0; i < store.governmentEnds().size(); i++) {
            endsByPlace.computeIfAbsent(store.governmentEnds().get(i).jurisdiction().id(), k -> new ArrayList<>()).add(i);
        }
        TenureConflicts layerConflicts = new TenureConflicts(store, this::samePerson);
        int posts = 0;
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
                    : Post.inferSingleHolder(name) && !heldSideBySide(rows);
            Place place = store.place(first);
            linkUnidentified(rows);
            for (int row : rows) {
                reconcile(row, rows, single, endsByPlace.getOrDefault(place.id(), List.of()),
                        leaderSpells.getOrDefault(store.placeId(row), new int[0]));
            }
            if (store.layered()) {
                layerConflicts.check(rows, single, conflicts);
            }
            Post post = new Post(p, place, name, store.title(first), single, store, rows);
            postsByPlace.computeIfAbsent(place.id(), k -> new HashMap<>()).put(name.key(), post);
            postsByKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(post);
            Map<String, List<Post>> byWord = postsByPlaceWord.computeIfAbsent(place.id(), k -> new HashMap<>());
            for (String word : name.words()) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>(2)).add(post);
            }
        }
        this.postCount = posts;
        this.surnameStart = new int[store.wordCount() + 1];
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
        postsByPlaceWord.values().forEach(byWord -> byWord.replaceAll((word, list) -> List.copyOf(list)));
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
        Map<String, List<Post>> byWord = postsByPlaceWord.getOrDefault(jurisdiction.id(), Map.of());
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
        int id = store.wordId(name.lastSkeleton());
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
        int id = store.wordId(name.lastSkeleton());
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
        int id = store.wordId(name.lastSkeleton());
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

    /**
     * Each row's post: its title without the jurisdiction's own names, as a set of words, in its jurisdiction. The
     * first rows' posts may be known (compiled): they are kept, and the rest found among them or added.
     */
    private int[] postOfEachRow(int[] known, List<PostName> postNames) {
        // keyed by title and place id together; a long, not a record, since a record's hashCode is bootstrapped
        // on first use, which costs more than this whole loop on a small dataset at start-up
        Map<Long, Integer> postOfTitle = new HashMap<>();
        Map<String, Integer> postOfKey = new HashMap<>();
        Map<String, Optional<PostName>> naming = new HashMap<>();
        int[] rowPost = Arrays.copyOf(known, store.size());
        // the known posts by key, once each, for the other rows to find theirs among
        boolean[] seeded = new boolean[known.length < rowPost.length ? postNames.size() : 0];
        for (int row = 0; row < known.length && seeded.length > 0; row++) {
            if (!seeded[known[row]]) {
                seeded[known[row]] = true;
                postOfKey.put(store.placeId(row) + "\u0000" + postNames.get(known[row]).key(), known[row]);
            }
        }
        for (int row = known.length; row < rowPost.length; row++) {
            long title = (long) store.titleId(row) * Integer.MAX_VALUE + store.placeId(row);
            Integer post = postOfTitle.get(title);
            if (post == null) {
                String written = store.title(row);
                Place place = store.place(row);
                PostName name = naming.computeIfAbsent(written, this::namingNoPlace)
                        .orElseGet(() -> postName(written, place));
                post = postOfKey.computeIfAbsent(store.placeId(row) + "\u0000" + name.key(), k -> {
                    postNames.add(name);
                    return postNames.size() - 1;
                });
                postOfTitle.put(title, post);
            }
            rowPost[row] = post;
        }
        return rowPost;
    }

    /** The post name of a title that names no place, the same in every jurisdiction ("Minister of Defence"). */
    private Optional<PostName> namingNoPlace(String title) {
        return places.findIn(title).isEmpty() ? Optional.of(PostName.of(TextFold.fold(title))) : Optional.empty();
    }

    /** Rows grouped by post (post p at [postStart[p], postStart[p + 1])), each post's by start, then precision. */
    private int[] rowsByPostInStartOrder(int[] rowPost, int[] postStart) {
        for (int post : rowPost) {
            postStart[post + 1]++; // a masked row (-1) counts at 0, before the first post, and is left out
        }
        int kept = rowPost.length - postStart[0];
        postStart[0] = 0;
        for (int p = 1; p < postStart.length; p++) {
            postStart[p] += postStart[p - 1];
        }
        // sort keys: start day, then precision (a day before a month before a year), then file order
        long[] keys = new long[kept];
        int[] next = Arrays.copyOf(postStart, postStart.length - 1);
        for (int row = 0; row < rowPost.length; row++) {
            if (rowPost[row] >= 0) {
                keys[next[rowPost[row]]++] = (long) store.startFirstDay(row) << 34
                        | (long) store.startPrecision(row).ordinal() << 32 | row;
            }
        }
        int[] rows = new int[keys.length];
        for (int p = 0; p + 1 < postStart.length; p++) {
            Arrays.sort(keys, postStart[p], postStart[p + 1]);
        }
        for (int i = 0; i < keys.length; i++) {
            rows[i] = (int) keys[i];
        }
        return rows;
    }

    /** The rows of each jurisdiction's Leader post, by place id. */
    private Map<Integer, int[]> leaderSpells(List<PostName> postNames, int[] postStart, int[] byPost) {
        Map<Integer, int[]> out = new HashMap<>();
        for (int p = 0; p < postNames.size(); p++) {
            if (postNames.get(p).key().equals(LEADER) && postStart[p] < postStart[p + 1]) {
                int[] rows = Arrays.copyOfRange(byPost, postStart[p], postStart[p + 1]);
                out.put(store.placeId(rows[0]), rows);
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

    /**
     * An open tenure ends where a successor in a single-holder post starts. When the government it served ended
     * before any successor, it ends with that government only if its holder was the ruler who fell with it (their
     * Leader spell ended then); anyone else may have stayed on, so from that day the records cannot say.
     */
    private void reconcile(int row, int[] post, boolean single, List<Integer> governmentEnds, int[] leaderSpells) {
        DateSpan recorded = store.recordedEnd(row);
        if (recorded != null) {
            store.setEnd(row, recorded, EndKind.RECORDED, -1);
            return;
        }
        DateSpan end = null;
        EndKind kind = EndKind.OPEN;
        int ref = -1;
        if (single) {
            int successor = successor(row, post);
            if (successor >= 0) {
                end = store.start(successor);
                kind = EndKind.SUCCESSOR;
                ref = successor;
            }
        }
        for (int g : governmentEnds) {
            long day = store.governmentEnds().get(g).date().toEpochDay();
            boolean applies = store.startLastDay(row) < day && (end == null || day < end.start().toEpochDay())
                    && !heldAgainFrom(row, post, day);
            if (!applies) {
                continue;
            }
            int fell = fallenRuler(row, day, leaderSpells);
            ref = g;
            if (fell >= 0) {
                end = DateSpan.day(store.governmentEnds().get(g).date());
                kind = EndKind.GOVERNMENT_FELL;
                store.setFallenRuler(row, fell);
            } else {
                kind = EndKind.GOVERNMENT_UNCERTAIN;
            }
        }
        store.setEnd(row, end, kind, ref);
    }

    /**
     * One person, one entity: a row without a person id (a surname-only source: Archigos' "Blair") is about the one
     * identified person (Tony Blair, Q9545) whose name it matches and who held the same post at overlapping dates.
     */
    private void linkUnidentified(int[] post) {
        boolean anyIdentified = false;
        for (int row : post) {
            anyIdentified |= store.personId(row) != null;
        }
        if (!anyIdentified) {
            linkShortNames(post);
            return;
        }
        for (int row : post) {
            if (store.personId(row) != null) {
                continue;
            }
            long from = store.startFirstDay(row);
            long until = store.recordedEnd(row) == null ? Long.MAX_VALUE : store.recordedEnd(row).end().toEpochDay();
            int found = -1;
            int sameWords = containingName(row, post);
            if (sameWords >= 0) {
                store.link(row, sameWords);
                continue;
            }
            for (int other : post) {
                if (store.startFirstDay(other) > until) {
                    break; // the post's rows are in start order
                }
                String id = store.personId(other);
                if (id == null || endOf(other) < from
                        || !new Term(store, other).match(store.personName(row)).isMatch()) {
                    continue;
                }
                if (found >= 0 && !id.equals(store.personId(found))) {
                    found = -1; // two people fit: leave it unlinked
                    break;
                }
                found = other;
            }
            if (found >= 0) {
                store.link(row, found);
            }
        }
        linkShortNames(post);
    }

    /**
     * Among records without a person id, an initial or a surname alone ("E. Kenny", "Kenny") is the one person of a
     * fuller name ("Enda Kenny", the Factbook's) who held the same post at overlapping dates: one source abbreviating
     * does not make two holders. Each links to a fuller name, so the links cannot loop.
     */
    private void linkShortNames(int[] post) {
        for (int row : post) {
            if (store.personId(row) != null || store.isLinked(row)) {
                continue; // identified, or already linked
            }
            PersonName name = store.personName(row);
            if (name.tokens().size() > 1 && name.tokens().stream().noneMatch(t -> t.replace(".", "").length() == 1)) {
                continue; // neither an initial nor a surname alone
            }
            long from = store.startFirstDay(row);
            long until = endOf(row);
            int found = -1;
            for (int other : post) {
                if (store.startFirstDay(other) > until) {
                    break;
                }
                if (other == row || endOf(other) < from
                        || store.person(other).length() <= store.person(row).length()
                        || !store.personName(other).matchAgainst(name).isMatch()) {
                    continue; // the fuller name, written, must fit the short one as recorded ("E. Kenny")
                }
                if (found >= 0 && !store.personKey(found).equals(store.personKey(other))) {
                    found = -1; // two fuller names fit: leave it alone
                    break;
                }
                found = other;
            }
            if (found >= 0) {
                store.link(row, found);
            }
        }
    }

    /**
     * A name of two words or more whose every word is in one identified holder's name in the post, at any dates: the
     * Factbook's "Luiz Inacio Lula" of 2023 is Wikidata's "Luiz Inácio Lula da Silva" of 2003. -1 when no one, or
     * more than one person, fits.
     */
    private int containingName(int row, int[] post) {
        List<String> words = store.personName(row).skeletons();
        if (words.size() < 2) {
            return -1;
        }
        int found = -1;
        for (int other : post) {
            String id = store.personId(other);
            if (id == null || !store.personName(other).skeletons().containsAll(words)) {
                continue;
            }
            if (found >= 0 && !id.equals(store.personId(found))) {
                return -1;
            }
            found = other;
        }
        return found;
    }

    private long endOf(int row) {
        DateSpan end = store.recordedEnd(row);
        return end == null ? Long.MAX_VALUE : end.end().toEpochDay();
    }

    /**
     * Whether one source shows two people in the post at once for longer than a handover: a title several bodies
     * share (each Australian state's "Attorney-General") or an office of several members, whatever its words say.
     */
    private boolean heldSideBySide(int[] post) {
        for (int i = 0; i < post.length; i++) {
            DateSpan end = store.recordedEnd(post[i]);
            if (end == null) {
                continue; // an open row says nothing of when it ended
            }
            long until = end.start().toEpochDay();
            for (int j = i + 1; j < post.length && store.startFirstDay(post[j]) < until; j++) {
                if (store.source(post[j]) == store.source(post[i]) && store.startLastDay(post[j]) + HANDOVER_DAYS < until
                        && store.startPrecision(post[j]) == DatePrecision.DAY && !samePerson(post[i], post[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the row's holder took the post again on or after a day. */
    private boolean heldAgainFrom(int row, int[] post, long day) {
        for (int other : post) {
            if (store.startFirstDay(other) >= day && samePerson(row, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tenure of another person that starts after this one surely had, and surely started earliest: the holder
     * who replaced it, from the most precise of their records ("2021-02-01" rather than "2021").
     */
    private int successor(int row, int[] post) {
        int best = -1;
        int startedBy = store.startLastDay(row);
        // a term open at its source's snapshot had begun by then: Liz Truss, from "2022" and listed on 2022-10-10,
        // is followed by Sunak from 2022-10-25, though he too began in 2022
        java.time.LocalDate snapshot = store.source(row).snapshot();
        if (store.recordedEnd(row) == null && snapshot != null && snapshot.toEpochDay() >= store.startFirstDay(row)) {
            startedBy = (int) Math.min(startedBy, snapshot.toEpochDay());
        }
        for (int other : post) {
            if (best >= 0 && store.startFirstDay(other) > store.startLastDay(best)) {
                break; // rows are in start order: none further on can have surely started earlier
            }
            if (store.startFirstDay(other) > startedBy && !samePerson(row, other)
                    && (best < 0 || store.startLastDay(other) < store.startLastDay(best))) {
                best = other;
            }
        }
        return best;
    }

    /** The holder's own Leader spell that ended with this government, if they were the ruler who fell. */
    private int fallenRuler(int row, long day, int[] leaderSpells) {
        for (int spell : leaderSpells) {
            DateSpan end = store.recordedEnd(spell);
            if (end != null && end.start().toEpochDay() <= day && day <= end.end().toEpochDay()
                    && samePerson(row, spell)) {
                return spell;
            }
        }
        return -1;
    }

    private boolean samePerson(int a, int b) {
        String idA = store.personKey(a);
        String idB = store.personKey(b);
        if (idA.equals(idB)) {
            return true;
        }
        if (store.personId(a) != null && store.personId(b) != null
                || OfficialVerifier.isPersonId(idA) && OfficialVerifier.isPersonId(idB)) {
            return false;
        }
        return store.personName(a).matchAgainst(store.personName(b)).isMatch();
    }
}
