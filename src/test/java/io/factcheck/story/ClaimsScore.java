package io.factcheck.story;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the claims a story check found against claims marked by hand, by the rules of
 * {@code ../shared/tools/claims-score}: a found claim (in {@code claims} or {@code notChecked}) matches the first
 * unused marked claim of the same kind whose span overlaps it; fields are judged on matched claims that were
 * checked (count, the measure's first four letters and the qualifier for casualties; a shared word of name and of
 * position for officials; one date inside the other for dates).
 */
public final class ClaimsScore {
    public static final List<String> KINDS = List.of("official", "date", "casualties");

    /** Tallies of one kind. */
    public static final class Tally {
        int found;
        int wrong;
        int missed;
        int notChecked;
        int fieldsRight;
        final List<String> misses = new ArrayList<>();

        public double precision() {
            return found + wrong == 0 ? 0 : (double) found / (found + wrong);
        }

        public double recall() {
            return found + missed == 0 ? 0 : (double) found / (found + missed);
        }

        /** Right fields over matched claims that were checked; 1 when none was. */
        public double fieldsRight() {
            int checked = found - notChecked;
            return checked == 0 ? 1 : (double) fieldsRight / checked;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f fields right %d/%d (%.3f), found but not checked %d",
                    precision(), recall(), fieldsRight, found - notChecked, fieldsRight(), notChecked);
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    public ClaimsScore() {
        KINDS.forEach(k -> tallies.put(k, new Tally()));
    }

    public Tally of(String kind) {
        return tallies.get(kind);
    }

    /** Scores one item: its marked claims against the story check's answer. */
    public void add(JsonNode item, JsonNode answer) {
        String text = item.get("text").asText();
        List<JsonNode> got = new ArrayList<>();
        Set<JsonNode> unchecked = new HashSet<>();
        answer.path("claims").forEach(got::add);
        answer.path("notChecked").forEach(n -> {
            got.add(n);
            unchecked.add(n);
        });
        Set<Integer> used = new HashSet<>();
        for (JsonNode marked : item.get("claims")) {
            String kind = marked.get("kind").asText();
            int start = text.indexOf(marked.get("span").asText());
            int end = start + marked.get("span").asText().length();
            Tally tally = tallies.get(kind);
            int hit = -1;
            for (int k = 0; k < got.size() && hit < 0; k++) {
                JsonNode c = got.get(k);
                JsonNode span = c.path("span");
                if (!used.contains(k) && kind.equals(c.path("kind").asText())
                        && span.path("start").asInt(-1) < end && start < span.path("end").asInt(-1)) {
                    hit = k;
                }
            }
            if (hit < 0) {
                tally.missed++;
                tally.misses.add(item.get("id").asText() + " '" + marked.get("span").asText() + "'");
                continue;
            }
            used.add(hit);
            tally.found++;
            if (unchecked.contains(got.get(hit))) {
                tally.notChecked++;
            } else if (fieldsOk(kind, marked, got.get(hit).path("claim"))) {
                tally.fieldsRight++;
            }
        }
        for (int k = 0; k < got.size(); k++) {
            Tally tally = tallies.get(got.get(k).path("kind").asText());
            if (!used.contains(k) && tally != null) {
                tally.wrong++;
            }
        }
    }

    static boolean fieldsOk(String kind, JsonNode marked, JsonNode claim) {
        return switch (kind) {
            case "official" -> shareWord(text(marked, "name"), text(claim, "name"))
                    && shareWord(text(marked, "position"), text(claim, "position"));
            case "casualties" -> marked.path("count").asLong() == claim.path("count").asLong(-1)
                    && first4(fold(text(marked, "measure"))).equals(first4(fold(text(claim, "measure"))))
                    && fold(text(marked, "qualifier")).equals(fold(text(claim, "qualifier")));
            case "date" -> {
                String want = fold(text(marked, "date"));
                String got = fold(text(claim, "date"));
                yield want.contains(got) || got.contains(want);
            }
            default -> false;
        };
    }

    /** A field's text; "" when it is absent or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static boolean shareWord(String a, String b) {
        Set<String> words = new HashSet<>(List.of(fold(a).split(" ")));
        words.remove("");
        for (String w : fold(b).split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String first4(String s) {
        return s.length() <= 4 ? s : s.substring(0, 4);
    }

    /** As the scorer folds: ASCII letters and digits, lower case, single spaces. */
    static String fold(String s) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
