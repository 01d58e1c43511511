package io.factcheck.story;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.casualties.MeasureWords;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.dates.DateClaimReading;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateVerifier;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.TextFold;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.timex.TimexEntry;
import io.factcheck.story.timex.TimexTagger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a whole story: splits the copy into sentences, runs one finder per claim kind, and hands each claim found
 * to the same verifier the functions use. Stateless and thread-safe once built.
 */
public final class StoryChecker {
    public static final String KIND = "story";
    private static final Set<String> IN = Set.of("in", "across", "throughout", "inside");

    private final ReferenceDataset dataset;
    private final PlaceNames places;
    private final DateMentions dateMentions;
    private final TimexTagger timexes;
    private final OfficialFinder officials;
    private final EventDateFinder eventDates;
    private final CasualtyFinder casualties = new CasualtyFinder();
    private final RecordsPlace recordsPlace;

    public StoryChecker(ReferenceDataset dataset) {
        this.dataset = dataset;
        this.places = new PlaceNames(dataset.places(), dataset.cities());
        this.recordsPlace = new RecordsPlace(dataset.places());
        DateExpressionReader reader = dataset.serves(DateVerifier.KIND) ? dataset.dates().reader()
                : new DateExpressionReader();
        this.dateMentions = new DateMentions(reader);
        this.timexes = new TimexTagger(reader);
        this.officials = dataset.serves(OfficialVerifier.KIND)
                ? new OfficialFinder(new Titles(dataset.officials().titleWords())) : null;
        this.eventDates = dataset.serves(DateVerifier.KIND)
                ? new EventDateFinder(dataset.dates()::eventKindOf, reader) : null;
    }

    /** @param story a story that passed its constraints (the doors check them) */
    public StoryCheck check(Story story) {
        return new Run(story).check();
    }

    /** One story being checked: what was read so far. */
    private final class Run {
        final Story story;
        final LocalDate published;
        final ClaimContext context;
        final Copy copy;
        final List<Sentence> sentences;
        final Attribution attribution;
        final FigureDates figureDates;
        final Place mostNamed;
        final Place dateline;
        /** The dateline's city and the rule that gave its country, or null when it names a country. */
        final String datelineCity;
        final List<StoryCheck.FoundClaim> claims = new ArrayList<>();
        final List<StoryCheck.NotChecked> notChecked = new ArrayList<>();
        /** Surnames of people the story has named in full, for later mentions by surname alone. */
        final Map<String, String> fullNames = new HashMap<>();
        /** Verdicts by claim: a claim repeated in one story is verified once. */
        final Map<Object, Verdict> verdicts = new HashMap<>();
        /** A figure's event word by sentence and place. */
        final Map<String, Optional<String>> events = new HashMap<>();

        Run(Story story) {
            this.story = story;
            this.published = LocalDate.parse(story.publishedAt());
            this.context = new ClaimContext(story.publishedAt());
            this.copy = Copy.read(story.text());
            this.sentences = new ArrayList<>(copy.sentenceCount());
            Map<Place, Integer> counts = new HashMap<>();
            List<List<PlaceNames.Mention>> countries = new ArrayList<>(copy.sentenceCount());
            for (int i = 0; i < copy.sentenceCount(); i++) {
                List<PlaceNames.Mention> named = places.find(copy.tokens, copy.starts[i], copy.starts[i + 1]);
                named.forEach(m -> counts.merge(m.place(), 1, Integer::sum));
                countries.add(named);
            }
            // a city's name several countries share is read by the countries the copy names
            Set<Place> inCopy = counts.keySet();
            for (int i = 0; i < copy.sentenceCount(); i++) {
                int from = copy.starts[i];
                int to = copy.starts[i + 1];
                List<PlaceNames.Mention> named = places.cities(copy, from, to, countries.get(i), inCopy);
                sentences.add(new Sentence(i, from, to, named, dateMentions.find(copy, from, to, published)));
            }
            this.mostNamed = mostNamed(counts);
            PlaceNames.Mention line = places.dateline(story.dateline(), inCopy);
            this.dateline = line == null ? null : line.place();
            this.datelineCity = line == null ? null : line.city();
            this.attribution = new Attribution(copy);
            this.figureDates = new FigureDates(copy, published, eventDates == null ? w -> false
                    : w -> dataset.dates().eventKindOf(w) != null);
        }

        StoryCheck check() {
            for (Sentence s : sentences) {
                if (officials != null) {
                    officials.find(copy, s, fullNames::containsKey).forEach(f -> official(s, f));
                }
                if (eventDates != null) {
                    eventDates.find(copy, s, published).forEach(f -> eventDate(s, f));
                }
                casualties.find(copy, s).forEach(f -> casualty(s, f));
            }
            claims.sort(Comparator.comparingInt(c -> c.span().start()));
            List<StoryCheck.FoundClaim> numbered = new ArrayList<>(claims.size());
            for (StoryCheck.FoundClaim c : claims) {
                numbered.add(new StoryCheck.FoundClaim("claim-" + (numbered.size() + 1), c.kind(), c.span(), c.text(),
                        c.claim(), c.attributedTo(), c.inferred(), c.verdict()));
            }
            notChecked.sort(Comparator.comparingInt(c -> c.span().start()));
            return new StoryCheck(numbered, List.copyOf(notChecked), dates(), summary(numbered, notChecked.size()),
                    dataset.ref());
        }

        private void official(Sentence s, OfficialFinder.Finding f) {
            if (!f.recorded()) {
                notChecked.add(new StoryCheck.NotChecked(new StoryCheck.TextSpan(f.start(), f.end()),
                        copy.text.substring(f.start(), f.end()), OfficialVerifier.KIND, "a post the data does not know:"
                        + " the officials' records keep no post called '" + f.position() + "'"));
                return;
            }
            String name = f.name();
            if (name.indexOf(' ') < 0) {
                name = fullNames.getOrDefault(name.toLowerCase(), name);
            } else {
                String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase();
                fullNames.putIfAbsent(surname, name);
            }
            Located where = f.owned() ? Located.ofStory(mostNamed, dateline)
                    : Located.of(f.place(), s, mostNamed, dateline);
            TitleTime.Reading time = TitleTime.of(copy, s, f.start(), f.end(), published);
            boolean former = "former".equals(f.status()); // "Exiled President X, who was ousted on Sunday": former now
            String status = f.status() == null || f.status().equals("current") && time.status() != null
                    ? time.status() : f.status();
            OfficialClaim claim = new OfficialClaim(name, f.position(),
                    where.place() == null ? null : where.place().name(), former ? null : time.asOf(), status, context);
            if (where.inferred() && !supported(claim)) {
                // "President Joe Biden" in a story about Myanmar: the person's own records may place the post
                OfficialClaim unplaced = new OfficialClaim(name, f.position(), null, claim.asOf(), status, context);
                if (supported(unplaced) && recordsPlace.of(verdicts.get(unplaced)).place() != null) {
                    claim = unplaced;
                    where = Located.NOWHERE;
                }
            }
            add(OfficialVerifier.KIND, s, f.start(), f.end(), claim, where, "jurisdiction",
                    c -> dataset.officials().verify((OfficialClaim) c));
        }

        private boolean supported(OfficialClaim claim) {
            try {
                return verdicts.computeIfAbsent(claim, c -> dataset.officials().verify((OfficialClaim) c)).verdict()
                        == VerdictLabel.SUPPORTED;
            } catch (ClaimRejected | DateExpressionException e) {
                return false; // add() says why
            }
        }

        private void eventDate(Sentence s, EventDateFinder.Finding f) {
            Located where = Located.of(f.place(), s, mostNamed, dateline);
            String unchecked = where.place() == null ? "no place anywhere in the copy: an event with no place cannot be"
                    + " told from others of its kind" : recordedKind(f.event()) ? null : "no records of that kind of"
                    + " event: the dates wing records " + String.join(", ", dataset.dates().eventKinds());
            if (unchecked != null) {
                notChecked.add(new StoryCheck.NotChecked(new StoryCheck.TextSpan(f.start(), f.end()),
                        copy.text.substring(f.start(), f.end()), DateVerifier.KIND, unchecked));
                return;
            }
            DateClaim claim = new DateClaim(f.event(), f.date(), where.place().name(), context);
            add(DateVerifier.KIND, s, f.start(), f.end(), claim, where, "place",
                    c -> dataset.dates().verify((DateClaim) c));
        }

        private boolean recordedKind(String event) {
            for (String word : PlaceNames.fold(event).split(" ")) {
                if (dataset.dates().eventKindOf(word) != null) {
                    return true;
                }
            }
            return false;
        }

        private void casualty(Sentence s, CasualtyFinder.Finding f) {
            PlaceNames.Mention own = attachedPlace(s, f);
            Located where = own != null && own.city() != null ? new Located(own.place(), own.city())
                    : Located.of(own == null ? null : own.place(), s, mostNamed, dateline, datelineCity);
            StoryCheck.TextSpan span = new StoryCheck.TextSpan(f.start(), f.end());
            String text = copy.text.substring(f.start(), f.end());
            String unchecked = uncheckable(s, f, where);
            if (unchecked != null) {
                notChecked.add(new StoryCheck.NotChecked(span, text, CasualtyVerifier.KIND, unchecked));
                return;
            }
            boolean served = dataset.serves(CasualtyVerifier.KIND);
            String asOf = served ? figureDates.asOf(s) : "";
            String event = served ? event(s, where.place()) : null;
            CasualtyClaim claim = new CasualtyClaim(where.place() == null ? null : where.place().name(), event,
                    f.measure(), f.count(), f.qualifier(), asOf.isEmpty() ? null : asOf,
                    source(s, f.start(), f.end()), context);
            add(CasualtyVerifier.KIND, s, f.start(), f.end(), claim, where, "place",
                    c -> dataset.casualties().verify((CasualtyClaim) c));
        }

        /**
         * Why a figure cannot be checked, or null when it can: no place, a measure no series keeps, a count of a
         * period of its own, or an event none of the place's series counts (a bombing is not COVID-19). A figure
         * whose counter the copy names goes to that counter's series even when the event goes unnamed.
         */
        private String uncheckable(Sentence s, CasualtyFinder.Finding f, Located where) {
            if (!dataset.serves(CasualtyVerifier.KIND)) {
                return null; // add() says the wing is not loaded
            }
            if (where.place() == null) {
                return "no place anywhere in the copy: neither the sentence, the story nor its dateline names one";
            }
            if (!MeasureWords.phrases().contains(f.measure())) {
                return "the reference data keeps no counts of people " + f.measure();
            }
            if (figureDates.asOf(s) == null) {
                return "the sentence dates this figure to a day or period of its own (one incident's or one day's"
                        + " count); the reference series hold running totals";
            }
            String source = source(s, f.start(), f.end());
            if (event(s, where.place()) == null
                    && (source == null || !dataset.casualties().counts(where.place(), source))) {
                return "no count of this event is loaded: no series of " + where.place().name()
                        + " is about what the sentence reports";
            }
            return null;
        }

        /**
         * A place the figure's own words name: inside them, "Myanmar's death toll", or right after them ("killed
         * in Myanmar", "arrested across Myanmar"). Any other place of the sentence is only inferred.
         */
        private PlaceNames.Mention attachedPlace(Sentence s, CasualtyFinder.Finding f) {
            for (PlaceNames.Mention m : s.places()) {
                int start = copy.tokens.get(m.from()).start();
                boolean inside = start >= f.start() && start < f.end();
                boolean owner = m.to() < s.to() && copy.tokens.get(m.to() - 1).possessive()
                        && copy.tokens.get(m.to()).start() == f.start();
                boolean after = m.from() >= 2 && copy.tokens.get(m.from() - 2).end() == f.end()
                        && IN.contains(copy.tokens.get(m.from() - 1).lower());
                if (inside || owner || after) {
                    return m;
                }
            }
            return null;
        }

        /** Who the sentence says gave the figure, short enough for the claim's field. */
        private String source(Sentence s, int start, int end) {
            String who = attribution.of(s, start, end);
            if (who == null || who.startsWith("an unnamed") || !namesSomeone(who)) {
                return null; // "the group said": no counter can be told from that
            }
            return who.length() <= 100 ? who : who.substring(0, who.lastIndexOf(' ', 100));
        }

        private static boolean namesSomeone(String who) {
            for (String word : who.split(" ")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The")) {
                    return true;
                }
            }
            return false;
        }

        /** The first of the place's event words in the sentence, else in the sentence before. */
        private String event(Sentence s, Place place) {
            // a figure asks twice (whether it can be checked, then for its claim): the words are sorted per call
            return events.computeIfAbsent(s.index() + ":" + place.id(), k -> firstEventWord(s, place))
                    .orElse(null);
        }

        private Optional<String> firstEventWord(Sentence s, Place place) {
            List<String> words = dataset.casualties().eventWordsAt(place);
            for (int back = 0; back <= 1 && s.index() - back >= 0; back++) {
                Sentence in = sentences.get(s.index() - back);
                String padded = TextFold.padded(copy.span(in.from(), in.to()));
                for (String w : words) {
                    if (padded.contains(TextFold.padded(w))) {
                        return Optional.of(w);
                    }
                }
            }
            return Optional.empty();
        }

        private void add(String kind, Sentence s, int start, int end, Object claim, Located where, String placeField,
                         Function<Object, Verdict> verifier) {
            StoryCheck.TextSpan span = new StoryCheck.TextSpan(start, end);
            String text = copy.text.substring(start, end);
            if (!dataset.serves(kind)) {
                notChecked.add(new StoryCheck.NotChecked(span, text, kind, "this deployment does not load the " + kind
                        + " wing of the dataset (it serves " + String.join(", ", new TreeSet<>(dataset.kinds()))
                        + ")"));
                return;
            }
            Verdict verdict;
            try {
                verdict = verdicts.computeIfAbsent(claim, verifier);
            } catch (ClaimRejected | DateExpressionException e) {
                notChecked.add(new StoryCheck.NotChecked(span, text, kind, e.getMessage()));
                return;
            }
            Located placed = where.place() == null ? recordsPlace.of(verdict) : where;
            List<String> inferred = placed.inferred()
                    ? List.of(placeField + ": " + placed.describe()) : List.of();
            claims.add(new StoryCheck.FoundClaim(null, kind, span, text, claim, attribution.of(s, start, end),
                    inferred, placed.inferred() ? placed.weigh(verdict, placeField) : verdict));
        }

        private List<StoryCheck.DateEntry> dates() {
            List<StoryCheck.DateEntry> out = new ArrayList<>();
            for (TimexEntry e : timexes.tag(copy, sentences.stream().map(Sentence::dates).toList(), published)) {
                out.add(new StoryCheck.DateEntry(new StoryCheck.TextSpan(e.start(), e.end()), e.text(), e.type(),
                        e.value(), e.mod(), e.readings(), e.tid(), e.anchorTimeID()));
            }
            return out;
        }
    }


    private static Place mostNamed(Map<Place, Integer> counts) {
        Place best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<Place, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static Map<String, Integer> summary(List<StoryCheck.FoundClaim> claims, int notChecked) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("claims", claims.size());
        for (VerdictLabel label : VerdictLabel.values()) {
            out.put(label.name(), 0);
        }
        claims.forEach(c -> out.merge(c.verdict().verdict().name(), 1, Integer::sum));
        out.put("notChecked", notChecked);
        return out;
    }
}
