package io.factcheck.official;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A post in a jurisdiction and every recorded term in it, ordered by start. */
public final class Post {
    /** Titles whose holders serve side by side, unless a row says otherwise. */
    private static final Set<String> SEVERAL_HOLDER_WORDS = Set.of("deputy", "member", "representative",
            "plenipotentiary", "adviser", "advisor", "judge", "justice", "senator", "assistant", "portfolio",
            "envoy", "commissioner", "secretaries", "ministers", "vice");

    /** A longer stretch without any term of a source is a stretch that source does not cover. */
    static final int GAP_DAYS = 90;

    private final int id;
    private final Place jurisdiction;
    private final PostName name;
    private final String label;
    private final boolean singleHolder;
    private final TenureStore store;
    private final int[] rows;
    /** See {@link #coverage()}: null until first asked, since most posts never are. */
    private volatile long[] coverage;

    /**
     * @param id           the post's number in its index
     * @param label        the title as the first source wrote it
     * @param singleHolder whether one person holds it at a time, so that another holder refutes a claim
     * @param rows         the store's rows of its terms, ordered by start
     */
    Post(int id, Place jurisdiction, PostName name, String label, boolean singleHolder, TenureStore store,
         int[] rows) {
        this.id = id;
        this.jurisdiction = jurisdiction;
        this.name = name;
        this.label = label;
        this.singleHolder = singleHolder;
        this.store = store;
        this.rows = rows;
    }

    static boolean inferSingleHolder(PostName name) {
        if (name.words().equals(Set.of("minister"))) {
            return false;
        }
        return name.words().stream().noneMatch(SEVERAL_HOLDER_WORDS::contains);
    }

    int id() {
        return id;
    }

    /** How many terms are on record. */
    int size() {
        return rows.length;
    }

    public Place jurisdiction() {
        return jurisdiction;
    }

    public PostName name() {
        return name;
    }

    public String label() {
        return label;
    }

    public boolean singleHolder() {
        return singleHolder;
    }

    public List<Term> terms() {
        List<Term> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(new Term(store, row));
        }
        return out;
    }

    public boolean contains(Term term) {
        if (!term.isIn(store)) {
            return false;
        }
        for (int row : rows) {
            if (row == term.row()) {
                return true;
            }
        }
        return false;
    }

    /** The last day any source of this post's records is current to, or null when none says. */
    public LocalDate coveredUntil() {
        LocalDate latest = null;
        for (int row : rows) {
            LocalDate snapshot = store.source(row).snapshot();
            if (snapshot != null && (latest == null || snapshot.isAfter(latest))) {
                latest = snapshot;
            }
        }
        return latest;
    }

    /**
     * Whether the post's records speak for a day: some source's records of it run from their first start to the
     * source's snapshot, less any gap of more than {@value #GAP_DAYS} days between one of its terms and the next.
     * A list of recent holders says nothing about earlier years, nor about a stretch it skips.
     */
    public boolean covers(LocalDate day) {
        long d = day.toEpochDay();
        long[] spans = coverage();
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] <= d && d <= spans[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The stretches the post's sources cover, as pairs of first and last epoch day; worked out once, when asked. */
    private long[] coverage() {
        long[] spans = coverage;
        if (spans != null) {
            return spans;
        }
        List<Long> out = new ArrayList<>();
        Map<SourceInfo, long[]> reach = new IdentityHashMap<>(); // per source: {from, furthest day covered}
        for (int row : rows) {
            SourceInfo source = store.source(row);
            long start = store.startFirstDay(row);
            long[] span = reach.get(source);
            if (span == null || start - span[1] > GAP_DAYS) {
                if (span != null) {
                    out.add(span[0]);
                    out.add(span[1]);
                }
                span = new long[] {start, start};
                reach.put(source, span);
            }
            DateSpan end = store.recordedEnd(row);
            LocalDate snapshot = source.snapshot();
            long last = end != null ? end.end().toEpochDay() : snapshot != null ? snapshot.toEpochDay() : start;
            span[1] = Math.max(span[1], last);
        }
        for (Map.Entry<SourceInfo, long[]> e : reach.entrySet()) {
            LocalDate snapshot = e.getKey().snapshot();
            out.add(e.getValue()[0]);
            out.add(snapshot != null ? Math.max(snapshot.toEpochDay(), e.getValue()[1]) : e.getValue()[1]);
        }
        spans = out.stream().mapToLong(Long::longValue).toArray();
        coverage = spans; // a benign race: every thread works out the same array
        return spans;
    }

    /** Its span, holders and sources; {@code genericTitles}: the generic titles copy may use that find this post. */
    PostCoverage coverage(List<String> genericTitles) {
        Set<Integer> titles = new LinkedHashSet<>(); // ids: the titles are decoded once each, below
        Set<String> people = new HashSet<>();
        Set<String> sources = new TreeSet<>();
        DateSpan last = null;
        boolean open = false;
        boolean unbounded = false; // a term open in a source that says nothing of how current it is
        for (int row : rows) {
            titles.add(store.titleId(row));
            people.add(store.personKey(row));
            sources.add(store.source(row).id());
            DateSpan end = store.effectiveEnd(row);
            LocalDate snapshot = store.source(row).snapshot();
            unbounded |= end == null && snapshot == null;
            DateSpan reach = end != null ? end : snapshot != null ? DateSpan.day(snapshot) : store.start(row);
            if (last == null || reach.end().isAfter(last.end())) {
                last = reach;
                open = end == null && snapshot != null;
            }
        }
        Set<String> written = new LinkedHashSet<>();
        titles.forEach(title -> written.add(store.titleOf(title)));
        written.remove(label);
        written.addAll(genericTitles);
        return new PostCoverage(label, List.copyOf(written), store.start(rows[0]).toString(),
                unbounded ? null : last.toString(), open && !unbounded, people.size(), rows.length,
                List.copyOf(sources));
    }

    /** The first start on record: where the post's records begin. */
    LocalDate recordedFrom() {
        return LocalDate.ofEpochDay(store.startFirstDay(rows[0]));
    }

    public List<Term> heldOn(LocalDate day) {
        return terms().stream().filter(t -> t.statusOn(day) == Term.Status.HELD).toList();
    }

    /** "Minister of Defence (Russia)" */
    public String describe() {
        return label.contains(jurisdiction.name()) ? label : label + " (" + jurisdiction.name() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
