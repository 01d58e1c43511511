package io.factcheck.official;

import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.PackedText;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The officials' wing compiled at build time ({@value #FILE}): the tenure store's columns and each row's post, as
 * loading tenures.csv makes them, so a cold start reads arrays instead of parsing, folding and matching 47,000 rows.
 * tenures.csv stays the source of truth: the image is used only when it was compiled from a file of the same length
 * in a dataset of the same version, and a dataset without one (a newsroom's own) is read from its CSV.
 */
public final class TenureImage {
    public static final String FILE = "tenures.bin";
    private static final int MAGIC = 0x46435442; // "FCTB"
    private static final int FORMAT = 3;

    private TenureImage() {
    }

    /** The store as compiled, and each row's post, which holds while the gazetteer is the one it was compiled with. */
    record Compiled(TenureStore store, int[] rowPost, List<PostName> postNames) {
        TenureIndex index(RowLookups lookups) {
            return new TenureIndex(lookups.places(), store, rowPost, postNames);
        }
    }

    /** The wing from the image, or empty when the dataset has none or it is not the CSV's current compilation. */
    static Optional<Compiled> readIfCurrent(DatasetFiles files, RowLookups lookups, List<GovernmentEnd> ends) {
        Optional<InputStream> stream = files.openStream(FILE);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream.get(), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(version(files))
                    || in.readLong() != files.length(TenureReader.TENURES)) {
                return Optional.empty();
            }
            TenureStore store = readStore(in, TenureReader.TENURES, ends, id -> place(lookups, id),
                    id -> source(lookups, id));
            int[] rowPost = new int[in.readInt()];
            for (int i = 0; i < rowPost.length; i++) {
                rowPost[i] = in.readInt();
            }
            return Optional.of(new Compiled(store, rowPost, readPostNames(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FILE + " of " + files.describe(), e);
        }
    }

    /**
     * The posts' names as compiled, one object for each distinct title and key, their words shared: the bundled
     * dataset's 11,000 posts have about 7,000 distinct names of 3,000 words, and a string costs some 50 bytes.
     */
    private static List<PostName> readPostNames(DataInputStream in) throws IOException {
        int posts = in.readInt();
        List<PostName> names = new ArrayList<>(posts);
        Map<String, PostName> byTitleAndKey = new HashMap<>();
        Map<String, Set<String>> wordsOfKey = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        for (int i = 0; i < posts; i++) {
            String written = in.readUTF();
            String key = in.readUTF();
            names.add(byTitleAndKey.computeIfAbsent(written + '\n' + key, k -> {
                Set<String> keyWords = wordsOfKey.computeIfAbsent(key, w -> w.isEmpty() ? Set.of()
                        : Stream.of(w.split(" ")).map(word -> words.computeIfAbsent(word, same -> same))
                        .collect(Collectors.toUnmodifiableSet()));
                return new PostName(written, keyWords, words.computeIfAbsent(key, same -> same));
            }));
        }
        return names;
    }

    /** Writes the image of a wing loaded from the dataset's tenures.csv. */
    public static void write(DatasetFiles files, RowLookups lookups, OutputStream target) throws IOException {
        TenureIndex index = TenureReader.loadFromCsv(files, lookups);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(version(files));
        out.writeLong(files.length(TenureReader.TENURES));
        writeStore(out, index.store());
        out.writeInt(index.rowPost().length);
        for (int post : index.rowPost()) {
            out.writeInt(post);
        }
        out.writeInt(index.postNames().size());
        for (PostName name : index.postNames()) {
            out.writeUTF(name.written());
            out.writeUTF(name.key());
        }
        out.flush();
    }

    /** The store's columns as they are, read back by {@link #readStore} without re-parsing. */
    private static void writeStore(DataOutputStream out, TenureStore store) throws IOException {
        out.writeInt(store.size);
        writeInts(out, store.rows, store.size * TenureStore.WIDTH);
        store.holderNames.writeTo(out);
        writeStrings(out, store.titles.values());
        writeStrings(out, store.places.values().stream().map(Place::id).toList());
        writeStrings(out, store.sources.values().stream().map(SourceInfo::id).toList());
        byte[] packed = store.text.bytes();
        out.writeInt(packed.length);
        out.write(packed);
        out.writeInt(store.coups.size());
        for (Map.Entry<Integer, CoupEntry> e : new TreeMap<>(store.coups).entrySet()) {
            out.writeInt(e.getKey());
            out.writeLong(e.getValue().date().toEpochDay());
            out.writeUTF(e.getValue().source().id());
            out.writeUTF(e.getValue().recordId() == null ? "" : e.getValue().recordId());
        }
        out.writeInt(store.endWindows.size());
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(store.endWindows).entrySet()) {
            out.writeInt(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** The store written by {@link #writeStore}, its places and sources looked up again by id. */
    private static TenureStore readStore(DataInputStream in, String file, List<GovernmentEnd> ends,
                                         Function<String, Place> place, Function<String, SourceInfo> source)
            throws IOException {
        TenureStore store = new TenureStore(file, ends);
        store.size = in.readInt();
        store.rows = readInts(in);
        store.holderNames.readFrom(in);
        readStrings(in).forEach(store.titles::idOf);
        readStrings(in).forEach(id -> store.places.idOf(place.apply(id)));
        readStrings(in).forEach(id -> store.sources.idOf(source.apply(id)));
        byte[] packed = new byte[in.readInt()];
        in.readFully(packed);
        store.text = PackedText.of(packed);
        int coupCount = in.readInt();
        for (int i = 0; i < coupCount; i++) {
            int row = in.readInt();
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            SourceInfo coupSource = source.apply(in.readUTF());
            String record = in.readUTF();
            store.coups.put(row, new CoupEntry(date, coupSource, record.isEmpty() ? null : record));
        }
        int windows = in.readInt();
        for (int i = 0; i < windows; i++) {
            store.endWindows.put(in.readInt(), in.readInt());
        }
        return store;
    }

    // ---- the columns' encoding, shared by the store and its names

    static void writeInts(DataOutputStream out, int[] values, int count) throws IOException {
        out.writeInt(count);
        ByteBuffer buffer = ByteBuffer.allocate(count * 4);
        buffer.asIntBuffer().put(values, 0, count);
        out.write(buffer.array());
    }

    static int[] readInts(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt() * 4];
        in.readFully(bytes);
        int[] values = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static String version(DatasetFiles files) {
        return files.read("dataset.properties", r -> {
            Properties p = new Properties();
            try {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version", "");
        }).orElse("");
    }

    private static Place place(RowLookups lookups, String id) {
        return lookups.places().byId(id).orElseThrow(() -> new DataFormatException(TenureReader.TENURES, 0,
                "place '" + id + "' is not in places.csv (a layer may not delete a place the base's tenures name)"));
    }

    private static SourceInfo source(RowLookups lookups, String id) {
        SourceInfo source = lookups.sources().get(id);
        if (source == null) {
            throw new DataFormatException(TenureReader.TENURES, 0, "source '" + id
                    + "' is not in sources.csv (a layer may not delete a source the base's tenures cite)");
        }
        return source;
    }
}
