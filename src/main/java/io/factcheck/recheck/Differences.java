package io.factcheck.recheck;

import io.factcheck.casualties.CasualtyReading;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.PostContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What differs between a published verdict and the answer the loaded data gives now, in a desk's words. */
final class Differences {
    /**
     * The roles of the records a verdict rests on, as a role begins ("decides (latest figure before)"); "context" and
     * "latest figure" records only inform.
     */
    private static final Set<String> DECIDING = Set.of("decides", "contradicts", "implies end");

    private Differences() {
    }

    /**
     * A deciding record is matched by source and id; one whose words differ is a correction (an archive that kept no
     * words of its records sees additions and removals only).
     *
     * @param post the post's holders around the date asked, for an official claim (null for other kinds)
     */
    static List<Change> between(PublishedVerdict then, Verdict now, String checkedAt, PostContext post) {
        List<Change> changes = new ArrayList<>();
        if (then.verdict() != now.verdict()) {
            changes.add(new Change("verdict", then.verdict().name(), now.verdict().name(), "verdict "
                    + then.verdict() + " is now " + now.verdict() + ": " + now.explanation()));
        }
        Map<String, Evidence> before = deciding(then.evidence());
        Map<String, Evidence> after = deciding(now.evidence());
        before.forEach((key, record) -> {
            Evidence current = after.get(key);
            if (current == null) {
                changes.add(new Change("evidence.removed", key, null, "no longer decides: " + words(record)));
            } else if (record.record() != null && !record.record().equals(current.record())) {
                changes.add(new Change("evidence.corrected", record.record(), current.record(), "corrected: "
                        + words(current) + ", which read: " + record.record()));
            }
        });
        after.forEach((key, record) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change("evidence.added", null, key, "now decides: " + words(record)));
            }
        });
        String version = now.dataset() == null ? null : now.dataset().version();
        if (then.datasetVersion() != null && !then.datasetVersion().equals(version)) {
            changes.add(new Change("dataset.version", then.datasetVersion(), version, "dataset version "
                    + then.datasetVersion() + " then, " + version + " now"));
        }
        String layersThen = layers(then.dataset());
        String layersNow = layers(now.dataset());
        if (!Objects.equals(layersThen, layersNow)) {
            changes.add(new Change("dataset.layers", layersThen, layersNow, "layers "
                    + (layersThen == null ? "none" : layersThen) + " then, " + (layersNow == null ? "none" : layersNow)
                    + " now"));
        }
        if (CasualtyVerifier.KIND.equals(now.kind()) && now.claim() instanceof CasualtyReading reading) {
            count(then, reading, changes);
        }
        if (post != null && !changes.isEmpty()) {
            holder(post, checkedAt, changes);
        }
        return changes;
    }

    /** The layers over the base, each by name and version ("desk-counts 2, desk-fr 2024-12-14"), or null. */
    private static String layers(DatasetRef dataset) {
        return dataset == null || dataset.layers() == null ? null : String.join(", ", dataset.layers().stream()
                .map(layer -> layer.name() + " " + layer.version()).toList());
    }

    /** The count the verdict was judged against, then and now: "883 (as of 2021-06-28)". */
    private static void count(PublishedVerdict then, CasualtyReading now, List<Change> changes) {
        String figure = then.claimText("figure");
        if (now.figure() == null || now.figure().toString().equals(figure)
                && Objects.equals(now.figureDate(), then.claimText("figureDate"))) {
            return; // no figure now, or the same one: nothing to say (and nothing to format, on every item)
        }
        String before = figure(figure, then.claimText("figureDate"));
        String after = figure(now.figure().toString(), now.figureDate());
        String counter = now.counter() == null ? "The" : now.counter() + "'s";
        changes.add(new Change("count", before, after, counter + " count now: " + after
                + (before == null ? "" : "; then: " + before)));
    }

    private static String figure(String count, String date) {
        if (count == null) {
            return null;
        }
        String figure;
        try {
            figure = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(count));
        } catch (NumberFormatException notANumber) {
            figure = count;
        }
        return date == null ? figure : figure + " (as of " + date + ")";
    }

    /** Who the records show in the post on the date asked, when anything about an official's verdict changed. */
    private static void holder(PostContext post, String checkedAt, List<Change> changes) {
        if (post.post() == null || checkedAt == null) {
            return;
        }
        List<String> holders = post.holders().stream().filter(h -> held(h, checkedAt))
                .map(h -> h.person() + " (from " + h.start() + (h.end() != null ? " to " + h.end()
                        : h.snapshot() != null ? ", open at the source's snapshot " + h.snapshot() : "") + ", "
                        + h.source() + ")").distinct().toList();
        String who = holders.isEmpty() ? "no holder on record" : String.join("; ", holders);
        changes.add(new Change("holder", null, who, post.post() + " (" + post.jurisdiction() + ") on " + checkedAt
                + ": " + who));
    }

    /** Whether a term may cover the day: its bounds are compared at their own precision ("2024" is any day of it). */
    private static boolean held(PostContext.Holder term, String day) {
        return day.substring(0, Math.min(day.length(), term.start().length())).compareTo(term.start()) >= 0
                && (term.end() == null
                || day.substring(0, Math.min(day.length(), term.end().length())).compareTo(term.end()) <= 0);
    }

    /** A record in a desk's words: what it says, then its id at the source ("AAPP: 883 killed ... [r1]"). */
    private static String words(Evidence e) {
        String id = e.recordId() != null ? e.recordId() : e.location();
        return (e.record() != null ? e.record() : e.source()) + (id == null ? "" : " [" + id + "]");
    }

    private static Map<String, Evidence> deciding(List<Evidence> evidence) {
        return byKey(evidence.stream().filter(e -> e.role() == null || DECIDING.stream().anyMatch(e.role()::startsWith)).toList());
    }

    /** Records by source and record id (the location, else the words, when a source gives no id). */
    private static Map<String, Evidence> byKey(List<Evidence> evidence) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            String id = e.recordId() != null ? e.recordId() : e.location() != null ? e.location() : e.record();
            out.putIfAbsent(e.source() + " " + id, e);
        }
        return out;
    }
}
