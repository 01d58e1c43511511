package io.factcheck.official;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One jurisdiction's posts by each word of their titles, frozen into sorted arrays once the index is built: the
 * bundled dataset has 20,000 pairs of place and word, and a hash map's node and a list for each cost five times more.
 * Found by binary search, on the rare claim whose title is not a post's exact one.
 */
final class PostsByWord {
    private final String[] words;
    /** The posts of words[i] are posts[start[i] .. start[i + 1]). */
    private final int[] start;
    private final Post[] posts;

    private PostsByWord(String[] words, int[] start, Post[] posts) {
        this.words = words;
        this.start = start;
        this.posts = posts;
    }

    static PostsByWord of(Map<String, List<Post>> byWord) {
        String[] words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[] start = new int[words.length + 1];
        for (int i = 0; i < words.length; i++) {
            start[i + 1] = start[i] + byWord.get(words[i]).size();
        }
        Post[] posts = new Post[start[words.length]];
        for (int i = 0; i < words.length; i++) {
            List<Post> withWord = byWord.get(words[i]);
            for (int k = 0; k < withWord.size(); k++) {
                posts[start[i] + k] = withWord.get(k);
            }
        }
        return new PostsByWord(words, start, posts);
    }

    /** The posts whose title has the word, or null when none has. */
    List<Post> get(String word) {
        int i = Arrays.binarySearch(words, word);
        return i < 0 ? null : Arrays.asList(posts).subList(start[i], start[i + 1]);
    }
}
