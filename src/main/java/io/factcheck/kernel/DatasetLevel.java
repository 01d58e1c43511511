package io.factcheck.kernel;

/**
 * One dataset of a stack: the base (level 0) or a layer over it (1, 2...), with the name its files are cited under.
 */
public record DatasetLevel(int level, String name, String version, DatasetFiles files) {

    /** A dataset loaded on its own, as the base of a stack of one. */
    public static DatasetLevel base(DatasetFiles files) {
        return new DatasetLevel(0, null, null, files);
    }

    /** "tenures.csv" in the base, "desk-fr/tenures.csv" in a layer: how its rows are named in errors and evidence. */
    public String file(String file) {
        return level == 0 ? file : name + "/" + file;
    }
}
