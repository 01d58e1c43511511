package io.factcheck.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings kept back to back in one growing byte array (UTF-8, each behind its length as a varint) and addressed
 * by an int; a string added again while the column is built gets the reference of the first (urls, names). A column of a million mostly distinct short strings then costs its bytes plus four per row, instead of
 * a String and its array each (about 40 bytes of headers) that the garbage collector must also trace.
 */
public final class PackedText {
    /** The reference of a missing (null) string. */
    public static final int NONE = -1;

    private byte[] bytes = new byte[1 << 12];
    private int size;
    /** The references of the strings stored since the last {@link #trim()}: a repeated string is stored once. */
    private Map<String, Integer> stored = new HashMap<>();

    /** Stores a string, or finds it stored already, and returns its reference; null is stored as {@link #NONE}. */
    public int add(String text) {
        if (text == null) {
            return NONE;
        }
        if (stored == null) {
            stored = new HashMap<>();
        }
        Integer known = stored.get(text);
        if (known != null) {
            return known;
        }
        stored.put(text, size);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(5 + utf8.length);
        int ref = size;
        int length = utf8.length;
        while (length >= 0x80) {
            bytes[size++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        bytes[size++] = (byte) length;
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return ref;
    }

    public String get(int ref) {
        if (ref == NONE) {
            return null;
        }
        int length = lengthAt(ref);
        return new String(bytes, ref + lengthSize(length), length, StandardCharsets.UTF_8);
    }

    /** The byte length of the string at a reference, read from the varint in front of it. */
    private int lengthAt(int ref) {
        int at = ref;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return length;
    }

    /** How many bytes the varint of a length takes. */
    private static int lengthSize(int length) {
        int size = 1;
        while (length >= 0x80) {
            length >>>= 7;
            size++;
        }
        return size;
    }

    /**
     * Whether the string at a reference equals this one, without building it: compares bytes while the string is
     * ASCII (person ids, most names), else decodes.
     */
    public boolean is(int ref, String text) {
        if (ref == NONE || text == null) {
            return ref == NONE && text == null;
        }
        int length = lengthAt(ref);
        int at = ref + lengthSize(length);
        if (length < text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (i >= text.length()) {
                return false;
            }
            char c = text.charAt(i);
            if (c >= 0x80 || bytes[at + i] < 0) {
                return text.equals(new String(bytes, at, length, StandardCharsets.UTF_8));
            }
            if (bytes[at + i] != c) {
                return false;
            }
        }
        return length == text.length();
    }

    /** The stored bytes, for writing them out as they are. */
    public byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** Text stored before and written out with {@link #bytes()}: the references stay valid. */
    public static PackedText of(byte[] stored) {
        PackedText text = new PackedText();
        text.bytes = stored;
        text.size = stored.length;
        text.stored = null;
        return text;
    }

    /** Drops the spare capacity, and the lookup of repeats, once every string is in. */
    public void trim() {
        bytes = Arrays.copyOf(bytes, size);
        stored = null;
    }

    private void ensure(int more) {
        if (size + (long) more > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("more than 2 GB of text in one column");
        }
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max(bytes.length * 2L, (long) size + more)));
        }
    }
}
