package io.factcheck.official;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which post each tenure row is in, and each post's rows in start order: worked out once, as the index is built. */
final class PostRows {
    private final Places places;
    private final TenureStore store;

    PostRows(Places places, TenureStore store) {
        this.places = places;
        this.store = store;
    }

    /**
     * Each row's post: its title without the jurisdiction's own names, as a set of words, in its jurisdiction. The
     * first rows' posts may be known (compiled): they are kept, and the rest found among them or added.
     */
    int[] postOfEachRow(int[] known, List<PostName> postNames) {
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
                        .orElseGet(() -> PostName.of(places.strip(written, place)));
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
    int[] rowsByPostInStartOrder(int[] rowPost, int[] postStart) {
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
    Map<Integer, int[]> leaderSpells(List<PostName> postNames, int[] postStart, int[] byPost) {
        Map<Integer, int[]> out = new HashMap<>();
        for (int p = 0; p < postNames.size(); p++) {
            if (postNames.get(p).key().equals(TenureIndex.LEADER) && postStart[p] < postStart[p + 1]) {
                int[] rows = Arrays.copyOfRange(byPost, postStart[p], postStart[p + 1]);
                out.put(store.placeId(rows[0]), rows);
            }
        }
        return out;
    }
}
