package io.factcheck.importer;

import io.factcheck.kernel.Cities;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The cities of GeoNames' {@code cities15000.zip} into {@value Cities#FILE}: each name a city goes by, folded, with
 * its country and people. Kept: the name and its ASCII form; for cities of {@value #ALIASES_FROM} people or more,
 * also their alternate names in Latin letters ("Kiev", "Naypyidaw"), since copy in English writes those. Left out:
 * names that are the gazetteer's own (a country's name wins), month and weekday names ("March", "Sunday"), and
 * names shorter than three letters.
 *
 * <p>Out of scope, and so neither imported nor reported as bad: cities of countries the gazetteer does not hold
 * (overseas territories, Kosovo's code XK); their number is printed by the build.
 */
final class CitiesImporter {
    static final SourceRow SOURCE = new SourceRow("geonames-cities15000",
            "GeoNames cities with a population of 15,000 or more (cities15000)", "https://www.geonames.org/",
            "CC BY 4.0; cite GeoNames, geonames.org", "2026-03-16",
            "GeoNames cities15000.zip as kept unchanged in raederhans/scenario-forge at commit 1b9b2c5f"
                    + " (data/cities15000.zip)");
    static final String ARCHIVE = "cities15000.zip";
    static final long ALIASES_FROM = 500_000;
    private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private CitiesImporter() {
    }

    /** @return the CSV lines of {@value Cities#FILE}, header first; prints how many rows were out of scope */
    static List<String> importInto(Path sources, DatasetDraft draft, Places places) {
        draft.source(SOURCE);
        Path archive = sources.resolve("geonames").resolve(ARCHIVE);
        Map<String, Place> byIso2 = byIso2(places);
        // folded name -> place id -> most people of a city of that name there; sorted, so the output is stable
        Map<String, Map<String, Long>> names = new TreeMap<>();
        int rows = 0;
        int outOfScope = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry("cities15000.txt");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    rows++;
                    String[] f = line.split("\t", -1);
                    if (f.length < 15) {
                        draft.report.reject(SOURCE.id(), ARCHIVE, rows, f.length + " fields, not 19");
                        continue;
                    }
                    Place country = byIso2.get(f[8]);
                    if (country == null) {
                        outOfScope++;
                        continue;
                    }
                    long people = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                    List<String> written = new ArrayList<>(List.of(f[1], f[2]));
                    if (people >= ALIASES_FROM) {
                        for (String alias : f[3].split(",")) {
                            if (latinName(alias)) {
                                written.add(alias);
                            }
                        }
                    }
                    for (String name : written) {
                        String folded = TextFold.fold(name);
                        if (folded.length() >= 3 && !TIME_WORDS.contains(folded)
                                && places.resolve(folded).isEmpty()) {
                            names.computeIfAbsent(folded, k -> new TreeMap<>()).merge(country.id(), people, Math::max);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + archive, e);
        }
        draft.report.finish(SOURCE.id(), rows);
        System.out.println("GeoNames cities left out as out of scope (country not in the gazetteer): " + outOfScope);
        List<String> out = new ArrayList<>(names.size() + 1);
        out.add(String.join(",", Cities.COLUMNS));
        names.forEach((name, countries) -> countries.forEach((id, people) ->
                out.add(Csv.line(name, id, Long.toString(people)))));
        return out;
    }

    /** A name in Latin letters as English copy would write it: capitalized, not an all-capitals code. */
    private static boolean latinName(String alias) {
        if (alias.length() < 3 || !Character.isUpperCase(alias.charAt(0)) || alias.equals(alias.toUpperCase())) {
            return false;
        }
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            boolean latin = c < 0x250 && Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.';
            if (!latin) {
                return false;
            }
        }
        return true;
    }

    /** The gazetteer's places by ISO 3166 alpha-2 code, through the alpha-3 code each place keeps. */
    private static Map<String, Place> byIso2(Places places) {
        Map<String, Place> out = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            try {
                String iso3 = new Locale("", iso2).getISO3Country();
                places.byIso3(iso3).ifPresent(p -> out.put(iso2, p));
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form names no place of the gazetteer
            }
        }
        return out;
    }
}
