package io.factcheck.official;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The holders' names of every tenure row, as the ids of their words: per row, the number of names, then per name
 * its word count and word ids, each word beside the id of its skeleton. A row keeps only the offset of its names
 * ({@link TenureStore}); the words of a hundred thousand names are each stored once.
 */
final class HolderNames {
    private final Interned<String> words = Interned.byEquality();
    /** At each row's offset: the number of names, then per name its word count and word ids. */
    private int[] names = new int[4096];
    private int namesSize;
    /** For each word id of a name word, 1 + the word id of its skeleton; 0 for words that are only skeletons. */
    private int[] skeletonOf = new int[1024];

    /** Stores a row's names, the person's own first (even when it holds no words once titles are taken off). */
    int add(Tenure t) {
        List<List<String>> all = new ArrayList<>(1 + t.aliases().size());
        all.add(PersonName.tokensOf(t.person()));
        t.aliases().forEach(alias -> all.add(PersonName.tokensOf(alias)));
        int ref = namesSize;
        addWords(all.size());
        for (List<String> tokens : all) {
            addWords(tokens.size());
            for (String token : tokens) {
                int id = words.idOf(token);
                if (id >= skeletonOf.length) {
                    skeletonOf = Arrays.copyOf(skeletonOf, Math.max(skeletonOf.length * 2, id + 1));
                }
                if (skeletonOf[id] == 0) {
                    skeletonOf[id] = words.idOf(PersonName.skeleton(token)) + 1;
                }
                addWords(id);
            }
        }
        return ref;
    }

    private void addWords(int value) {
        if (namesSize == names.length) {
            names = Arrays.copyOf(names, names.length * 2);
        }
        names[namesSize++] = value;
    }

    void writeTo(DataOutputStream out) throws IOException {
        TenureImage.writeInts(out, names, namesSize);
        TenureImage.writeStrings(out, words.values());
        TenureImage.writeInts(out, skeletonOf, words.size());
    }

    void readFrom(DataInputStream in) throws IOException {
        names = TenureImage.readInts(in);
        namesSize = names.length;
        TenureImage.readStrings(in).forEach(words::idOf);
        skeletonOf = TenureImage.readInts(in);
    }

    /** Drops spare capacity once every row is in. */
    void trim() {
        names = Arrays.copyOf(names, namesSize);
        skeletonOf = Arrays.copyOf(skeletonOf, words.size());
        words.trim();
    }

    /** The names at a row's offset that hold any word: the person's, then the aliases'. */
    List<PersonName> names(int at) {
        int count = names[at++];
        List<PersonName> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0) {
                out.add(name(at));
            }
            at += 1 + length;
        }
        return out;
    }

    /** The person's own name at a row's offset (possibly without words). */
    PersonName personName(int at) {
        return name(at + 1);
    }

    /** The skeleton word id of the last word of each name at a row's offset (repeats possible). */
    int[] surnameIds(int at) {
        int count = names[at++];
        int[] out = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0) {
                out[kept++] = skeletonOf[names[at + length]] - 1;
            }
            at += 1 + length;
        }
        return Arrays.copyOf(out, kept);
    }

    /**
     * Whether any of the names at a row's offset could match the written one (see {@link PersonName#wordsMayMatch}):
     * its last word against their last, and, for a name of several words, its first word against any of theirs.
     */
    boolean mayMatch(int at, PersonName written) {
        String last = written.lastSkeleton();
        String first = written.skeletons().size() > 1 ? written.skeletons().get(0) : null;
        int count = names[at++];
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0 && PersonName.wordsMayMatch(last, skeleton(names[at + length]))
                    && (first == null || length < written.skeletons().size() || anyWordMayMatch(first, at + 1, length))) {
                return true;
            }
            at += 1 + length;
        }
        return false;
    }

    private boolean anyWordMayMatch(String written, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (PersonName.wordsMayMatch(written, skeleton(names[from + k]))) {
                return true;
            }
        }
        return false;
    }

    /** The skeleton of a stored name word. */
    private String skeleton(int word) {
        return words.value(skeletonOf[word] - 1);
    }

    /** The id of a stored word, or {@link Interned#UNKNOWN}. */
    int wordId(String word) {
        return words.find(word);
    }

    int wordCount() {
        return words.size();
    }

    private PersonName name(int at) {
        int length = names[at];
        String[] tokens = new String[length];
        String[] skeletons = new String[length];
        for (int i = 0; i < length; i++) {
            int word = names[at + 1 + i];
            tokens[i] = words.value(word);
            skeletons[i] = skeleton(word);
        }
        return new PersonName(Arrays.asList(tokens), Arrays.asList(skeletons));
    }
}
