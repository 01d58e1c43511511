package io.factcheck.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.io.IOException;

/**
 * Writes verdicts, their evidence and dataset as Jackson's bean serializers would with the doors' settings (fields
 * in declaration order, nulls left out), without reflection: a batch answers about a kilobyte of JSON a claim, and
 * most of it is these records. The claim as understood, kind-specific, is still written by Jackson.
 * {@code VerdictJsonTest} holds the bytes to the plain bean serializers' output.
 */
public final class VerdictJson {
    private static final SerializedString KIND = name("kind");
    private static final SerializedString VERDICT = name("verdict");
    private static final SerializedString CONFIDENCE = name("confidence");
    private static final SerializedString CLAIM = name("claim");
    private static final SerializedString EXPLANATION = name("explanation");
    private static final SerializedString EVIDENCE = name("evidence");
    private static final SerializedString DATASET = name("dataset");
    private static final SerializedString SOURCE = name("source");
    private static final SerializedString URL = name("url");
    private static final SerializedString RECORD_ID = name("recordId");
    private static final SerializedString SNAPSHOT = name("snapshot");
    private static final SerializedString LOCATION = name("location");
    private static final SerializedString RECORD = name("record");
    private static final SerializedString ROLE = name("role");
    private static final SerializedString NAME = name("name");
    private static final SerializedString VERSION = name("version");
    private static final SerializedString LAYERS = name("layers");
    private static final SerializedString[] LABELS = java.util.Arrays.stream(VerdictLabel.values())
            .map(label -> name(label.name())).toArray(SerializedString[]::new);

    private VerdictJson() {
    }

    /** The serializers, for a mapper that leaves nulls out ({@link JsonConfig#strict}). */
    public static SimpleModule module() {
        return new SimpleModule("verdicts")
                .addSerializer(Verdict.class, new StdSerializer<>(Verdict.class) {
                    @Override
                    public void serialize(Verdict verdict, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        write(verdict, json, provider);
                    }
                })
                .addSerializer(Evidence.class, new StdSerializer<>(Evidence.class) {
                    @Override
                    public void serialize(Evidence evidence, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        write(evidence, json);
                    }
                });
    }

    static void write(Verdict verdict, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(verdict);
        string(json, KIND, verdict.kind());
        if (verdict.verdict() != null) {
            json.writeFieldName(VERDICT);
            json.writeString(LABELS[verdict.verdict().ordinal()]);
        }
        json.writeFieldName(CONFIDENCE);
        json.writeNumber(verdict.confidence());
        if (verdict.claim() != null) {
            json.writeFieldName(CLAIM);
            provider.defaultSerializeValue(verdict.claim(), json);
        }
        string(json, EXPLANATION, verdict.explanation());
        json.writeFieldName(EVIDENCE); // never null: the record copies its list
        json.writeStartArray();
        for (Evidence evidence : verdict.evidence()) {
            write(evidence, json);
        }
        json.writeEndArray();
        if (verdict.dataset() != null) {
            json.writeFieldName(DATASET);
            write(verdict.dataset(), json);
        }
        json.writeEndObject();
    }

    static void write(Evidence evidence, JsonGenerator json) throws IOException {
        json.writeStartObject(evidence);
        string(json, SOURCE, evidence.source());
        string(json, URL, evidence.url());
        string(json, RECORD_ID, evidence.recordId());
        string(json, SNAPSHOT, evidence.snapshot());
        string(json, LOCATION, evidence.location());
        string(json, RECORD, evidence.record());
        string(json, ROLE, evidence.role());
        json.writeEndObject();
    }

    private static void write(DatasetRef dataset, JsonGenerator json) throws IOException {
        json.writeStartObject(dataset);
        string(json, NAME, dataset.name());
        string(json, VERSION, dataset.version());
        if (dataset.layers() != null) {
            json.writeFieldName(LAYERS);
            json.writeStartArray();
            for (DatasetRef.Layer layer : dataset.layers()) {
                json.writeStartObject(layer);
                string(json, NAME, layer.name());
                string(json, VERSION, layer.version());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, SerializableString field, String value) throws IOException {
        if (value != null) {
            json.writeFieldName(field);
            json.writeString(value);
        }
    }

    private static SerializedString name(String text) {
        return new SerializedString(text);
    }
}
