package io.factcheck.dataset;

import io.factcheck.kernel.DatasetFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * A dataset written by hand in a directory, as a desk would: three places, four sources (one without a snapshot),
 * and whichever wing files a test adds. Ruritania has the records; Graustark only a source complete for its coups; Borduria nothing.
 */
public final class SmallDataset {
    public static final String EVENT_HEADER = "id,kind,subtype,place,date,title,source,url,record_id,note\n";
    public static final String TENURE_HEADER =
            "person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,record_id,note\n";
    public static final String SERIES_HEADER =
            "id,place,event,event_words,measure,cumulative,counter,role,source,note,final_toll\n";
    public static final String OBSERVATION_HEADER =
            "series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,quote\n";

    private final Path dir;

    public SmallDataset(Path dir) {
        this.dir = dir;
        write("dataset.properties", "name=small\nversion=1\nformat=factcheck-dataset/1\n");
        write("sources.csv", "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,\n"
                + "coups,A coup list,https://example.org/coups,internal,2022-11-29,\n"
                + "counts,A casualty tracker,,internal,2023-06-30,\n"
                + "notes,Notes without a date,,internal,,\n");
        write("places.csv", "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania,Ruritanian,RUR,,\n"
                + "graustark,Graustark,,,,,\n"
                + "borduria,Borduria,,Bordurian,,,\n");
    }

    public SmallDataset write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ReferenceDataset load() {
        return ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC());
    }

    public ReferenceDataset load(Set<String> kinds) {
        return ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC(), kinds);
    }
}
