package io.factcheck.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * techforpalestine/: the tolls of Gaza, the West Bank and Lebanon since October 2023, one JSON object per report
 * (TechForPalestine/palestine-datasets; the field documentation is in its docs/). Read row by row, each figure goes
 * to the series of the counter the row names, with the file, report date and field it came from as its quote:
 * <ul>
 *   <li>Gaza ({@value #GAZA}): {@code report_source} {@code mohtel} is Gaza's Ministry of Health (primary),
 *       {@code gmotel} its Government Media Office; killed, injured and the sub-counts the row carries. A
 *       {@code missing} row is no counter's report: its figures, and the repository's {@code ext_*} extrapolations
 *       on days no counter gave one, go to an extrapolation series that is shown, never deciding.</li>
 *   <li>West Bank ({@value #WEST_BANK}): UN OCHA. {@code flash_source} {@code un} rows are its flash updates
 *       (primary); {@code fill} rows are carried over by the repository: a fill row whose figure differs from the
 *       last flash update goes to the extrapolation series. {@code verified} figures, where present, are OCHA's
 *       verified database (alternative).</li>
 *   <li>Lebanon ({@value #LEBANON}): the Ministry of Public Health restarts its count at each escalation.
 *       {@code *_cum_reported}, the figure as published within its {@code phase}, is the ministry's series
 *       (counting {@code phase}; {@code ocha} rows relay the ministry's figure before it published its own running
 *       total, and count for both the ministry and OCHA); {@code killed_cum}/{@code injured_cum}, the repository's
 *       continuous total since 8 October 2023, are counting {@code whole}.</li>
 * </ul>
 * Rows that cannot be read (no day, a figure that is not a whole number, an unknown counter) go to the import report.
 */
public final class TechForPalestineImporter {
    public static final String DIR = "techforpalestine";
    static final String GAZA = "casualties_daily.json";
    static final String WEST_BANK = "west_bank_daily.json";
    static final String LEBANON = "lebanon_casualties_daily.json";
    static final String COMMIT = "9ea6456f4437dac6f04e22eaab85b0ec88601179";
    private static final String REPO = "https://github.com/TechForPalestine/palestine-datasets";
    private static final String LICENCE = "public domain (the repository's LICENSE: \"free and unencumbered software"
            + " & data released into the public domain\")";

    /** Gaza's fields of running totals, by the measure each counts. */
    private static final Map<String, String> GAZA_FIELDS = new LinkedHashMap<>();
    /** West Bank's, read at the row's root (flash updates) or under {@code verified}. */
    private static final Map<String, String> WEST_BANK_FIELDS = new LinkedHashMap<>();

    static {
        GAZA_FIELDS.put("killed_cum", "killed");
        GAZA_FIELDS.put("injured_cum", "injured");
        GAZA_FIELDS.put("killed_children_cum", "killed_children");
        GAZA_FIELDS.put("killed_women_cum", "killed_women");
        GAZA_FIELDS.put("med_killed_cum", "killed_medical");
        GAZA_FIELDS.put("civdef_killed_cum", "killed_civil_defence");
        GAZA_FIELDS.put("press_killed_cum", "killed_press");
        GAZA_FIELDS.put("aid_seeker_killed_cum", "killed_aid_seekers");
        GAZA_FIELDS.put("aid_seeker_injured_cum", "injured_aid_seekers");
        GAZA_FIELDS.put("famine_cum", "starvation_deaths");
        GAZA_FIELDS.put("child_famine_cum", "starvation_deaths_children");
        WEST_BANK_FIELDS.put("killed_cum", "killed");
        WEST_BANK_FIELDS.put("injured_cum", "injured");
        WEST_BANK_FIELDS.put("killed_children_cum", "killed_children");
        WEST_BANK_FIELDS.put("injured_children_cum", "injured_children");
    }

    private TechForPalestineImporter() {
    }

    /** The casualty files alone (tests): rows left out are dropped with the draft's report. */
    public static void importInto(Path sources, CasualtyDraft casualties, Places places) {
        importInto(sources, new DatasetDraft(), casualties, places);
    }

    public static void importInto(Path sources, DatasetDraft draft, CasualtyDraft casualties, Places places) {
        Path dir = sources.resolve(DIR);
        for (String place : List.of("gaza-strip", "west-bank", "lebanon")) {
            places.resolve(place.replace('-', ' ')).filter(p -> p.id().equals(place)).orElseThrow(
                    () -> new IllegalStateException("places.csv has no place '" + place + "'"));
        }
        gaza(read(dir.resolve(GAZA)), draft, casualties);
        westBank(read(dir.resolve(WEST_BANK)), draft, casualties);
        lebanon(read(dir.resolve(LEBANON)), draft, casualties);
    }

    private static void gaza(JsonNode rows, DatasetDraft draft, CasualtyDraft out) {
        TfpSeries.Area gaza = new TfpSeries.Area(out, source(GAZA, "Gaza"), GAZA, "gaza-strip", "Israel-Gaza war",
                List.of("war", "gaza war", "war in gaza", "israel-gaza war", "israel-hamas war", "israel hamas war",
                        "israeli offensive", "israeli attacks", "israeli strikes", "israeli bombardment",
                        "israeli military campaign", "since october 7", "since 7 october", "since the war began",
                        "since the start of the war", "conflict", "hostilities", "genocide"));
        TfpSeries moh = gaza.counter("gaza-moh", "Gaza Ministry of Health", "primary", "",
                "Gaza's Ministry of Health, its Telegram channel (report_source mohtel)");
        TfpSeries gmo = gaza.counter("gaza-gmo", "Gaza Government Media Office", "alternative", "",
                "Gaza's Government Media Office, its Telegram channel (report_source gmotel)");
        TfpSeries ext = gaza.counter("gaza-extrapolated", "Tech for Palestine (extrapolation)", "extrapolation", "",
                "the repository's extrapolations (ext_* fields) over days no counter reported, and its figures for"
                        + " days marked missing: never a counter's figure");
        String last = eachReport(rows, GAZA, draft, (row, day, line) -> {
            String counter = row.path("report_source").asText("");
            TfpSeries by = switch (counter) {
                case "mohtel" -> moh;
                case "gmotel" -> gmo;
                case "missing" -> null;
                default -> {
                    draft.report.reject(source(GAZA, "Gaza").id(), GAZA, line, "report_source '" + counter
                            + "' is none of mohtel, gmotel, missing");
                    yield null;
                }
            };
            if (by == null && !counter.equals("missing")) {
                return;
            }
            String where = "report_source " + counter;
            for (Map.Entry<String, String> f : GAZA_FIELDS.entrySet()) {
                Long v = value(row, f.getKey(), GAZA, line, draft);
                if (v != null && by != null) {
                    by.add(f.getValue(), day, v, f.getKey(), where);
                } else if (f.getValue().equals("killed") || f.getValue().equals("injured")) {
                    // no counter's figure that day: the repository's own, or its extrapolation, shown as such
                    String field = v != null ? f.getKey() : "ext_" + f.getKey();
                    Long estimate = v != null ? v : value(row, field, GAZA, line, draft);
                    if (estimate != null) {
                        ext.add(f.getValue(), day, estimate, field, where);
                    }
                }
            }
        });
        draft.report.finish(source(GAZA, "Gaza").id(), rows.size());
        gaza.finish(last);
    }

    private static void westBank(JsonNode rows, DatasetDraft draft, CasualtyDraft out) {
        TfpSeries.Area wb = new TfpSeries.Area(out, source(WEST_BANK, "West Bank"), WEST_BANK, "west-bank",
                "violence in the West Bank since October 2023",
                List.of("war", "violence", "israeli raids", "israeli forces", "israeli military operations",
                        "settler attacks", "settler violence", "settlers", "since october 7", "since 7 october",
                        "since the war began", "since the start of the war", "conflict", "hostilities"));
        TfpSeries flash = wb.counter("west-bank-ocha", "UN OCHA", "primary", "",
                "UN OCHA flash updates (flash_source un): incidents reported to the UN, not yet verified");
        TfpSeries verified = wb.counter("west-bank-ocha-verified", "UN OCHA (verified)", "alternative", "",
                "UN OCHA's casualty database (the row's verified figures): independently verified, lagging the"
                        + " flash updates");
        TfpSeries carried = wb.counter("west-bank-carried", "Tech for Palestine (carried over)", "extrapolation", "",
                "the repository's figures on days without a flash update (flash_source fill) that differ from the"
                        + " last flash update: never a counter's figure");
        Map<String, Long> lastFlash = new LinkedHashMap<>();
        String last = eachReport(rows, WEST_BANK, draft, (row, day, line) -> {
            String kind = row.path("flash_source").asText("");
            if (!kind.equals("un") && !kind.equals("fill")) {
                draft.report.reject(source(WEST_BANK, "West Bank").id(), WEST_BANK, line, "flash_source '" + kind
                        + "' is neither un nor fill");
                return;
            }
            for (Map.Entry<String, String> f : WEST_BANK_FIELDS.entrySet()) {
                Long v = value(row, f.getKey(), WEST_BANK, line, draft);
                if (v != null && kind.equals("un")) {
                    flash.add(f.getValue(), day, v, f.getKey(), "flash_source un");
                    lastFlash.put(f.getKey(), v);
                } else if (v != null && lastFlash.containsKey(f.getKey()) && !v.equals(lastFlash.get(f.getKey()))) {
                    carried.add(f.getValue(), day, v, f.getKey(), "flash_source fill");
                }
                Long checked = value(row.path("verified"), f.getKey(), WEST_BANK, line, draft);
                if (checked != null) {
                    verified.add(f.getValue(), day, checked, "verified." + f.getKey(), "OCHA verified");
                }
            }
        });
        draft.report.finish(source(WEST_BANK, "West Bank").id(), rows.size());
        wb.finish(last);
    }

    private static void lebanon(JsonNode rows, DatasetDraft draft, CasualtyDraft out) {
        TfpSeries.Area lb = new TfpSeries.Area(out, source(LEBANON, "Lebanon"), LEBANON, "lebanon",
                "Israel-Hezbollah conflict",
                List.of("war", "conflict", "israeli strikes", "israeli attacks", "israeli airstrikes", "escalation",
                        "hostilities", "israel-hezbollah war", "israel-hezbollah conflict", "hezbollah",
                        "aggression", "israeli aggression", "since october 2023", "since october 8"));
        String phases = "the ministry restarts its count at each escalation (phase 1: 2023-10-08 to 2024-12-04;"
                + " phase 2 from 2026-03-02)";
        TfpSeries moph = lb.counter("lebanon-moph", "Lebanon Ministry of Public Health", "primary", "phase",
                "Lebanon's Ministry of Public Health, each figure as published within its counting phase"
                        + " (*_cum_reported); " + phases + "; before 2024-10-28 as relayed by UN OCHA");
        TfpSeries whole = lb.counter("lebanon-moph-since-2023",
                "Lebanon Ministry of Public Health (continuous total since 8 October 2023)", "alternative", "whole",
                "the ministry's phases summed by the repository into one total since 8 October 2023"
                        + " (killed_cum, injured_cum); " + phases);
        TfpSeries ocha = lb.counter("lebanon-ocha", "UN OCHA (relaying the Ministry of Public Health)", "alternative",
                "phase", "UN OCHA flash updates relaying the ministry's figures (report_source ocha), within the"
                        + " ministry's counting phase");
        String last = eachReport(rows, LEBANON, draft, (row, day, line) -> {
            String counter = row.path("report_source").asText("");
            if (!counter.equals("moph_lb") && !counter.equals("ocha")) {
                draft.report.reject(source(LEBANON, "Lebanon").id(), LEBANON, line, "report_source '" + counter
                        + "' is neither moph_lb nor ocha");
                return;
            }
            String where = "report_source " + counter + ", phase " + row.path("phase").asText("?");
            for (String measure : List.of("killed", "injured")) {
                Long reported = value(row, measure + "_cum_reported", LEBANON, line, draft);
                Long total = value(row, measure + "_cum", LEBANON, line, draft);
                if (reported != null) {
                    moph.add(measure, day, reported, measure + "_cum_reported", where + (counter.equals("ocha")
                            ? "; the ministry's figure as relayed by UN OCHA" : ""));
                    if (counter.equals("ocha")) {
                        ocha.add(measure, day, reported, measure + "_cum_reported", where);
                    }
                }
                if (total != null) {
                    whole.add(measure, day, total, measure + "_cum", where);
                }
            }
        });
        draft.report.finish(source(LEBANON, "Lebanon").id(), rows.size());
        lb.finish(last);
    }

    /** What is done with one report: its row, its day and its place in the file (1-based). */
    private interface Report {
        void read(JsonNode row, String day, int line);
    }

    /**
     * Each report whose day can be read and follows the one before, in file order; the others go to the import
     * report. Returns the last day read, or null.
     */
    private static String eachReport(JsonNode rows, String file, DatasetDraft draft, Report report) {
        int line = 0;
        String last = null;
        for (JsonNode row : rows) {
            line++;
            String day = day(row, file, line, draft);
            if (day != null && ascending(last, day, file, line, draft)) {
                last = day;
                report.read(row, day, line);
            }
        }
        return last;
    }

    /** The source row of one file; its snapshot is set when the file has been read. */
    static SourceRow source(String file, String area) {
        return new SourceRow("techforpalestine-" + area.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                area + " casualty counts, report by report, compiled by Tech for Palestine (" + file + ")",
                REPO + "/blob/" + COMMIT + "/" + file, LICENCE, null,
                "TechForPalestine/palestine-datasets at commit " + COMMIT.substring(0, 8) + " (" + file
                        + "; fields documented in docs/): each figure cites its file, report_date and field");
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode rows = new ObjectMapper().readTree(file.toFile());
            if (rows == null || !rows.isArray() || rows.isEmpty()) {
                throw new DataFormatException(file.getFileName().toString(), 1, "not a JSON array of reports");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static String day(JsonNode row, String file, int line, DatasetDraft draft) {
        String text = row.path("report_date").asText("");
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeException e) {
            draft.report.reject(source(file, area(file)).id(), file, line, "report_date '" + text
                    + "' is not a day (yyyy-mm-dd)");
            return null;
        }
    }

    private static boolean ascending(String last, String day, String file, int line, DatasetDraft draft) {
        if (last != null && day.compareTo(last) <= 0) {
            draft.report.reject(source(file, area(file)).id(), file, line, "report_date " + day
                    + " does not follow the report before (" + last + ")");
            return false;
        }
        return true;
    }

    /** A whole number of people, or null when the row has no such field; anything else goes to the report. */
    private static Long value(JsonNode row, String field, String file, int line, DatasetDraft draft) {
        JsonNode v = row.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < 0) {
            draft.report.reject(source(file, area(file)).id(), file, line, "field " + field + ": '" + v
                    + "' is not a whole number of people");
            return null;
        }
        return v.asLong();
    }

    private static String area(String file) {
        return switch (file) {
            case GAZA -> "Gaza";
            case WEST_BANK -> "West Bank";
            default -> "Lebanon";
        };
    }
}
