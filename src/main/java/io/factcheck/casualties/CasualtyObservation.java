package io.factcheck.casualties;

import io.factcheck.kernel.Evidence;

import java.time.LocalDate;

/**
 * One published figure of a series: a row of casualty_observations.csv, or one day of a casualty_daily.csv row.
 * Immutable; its description is built once and kept (figures of daily series are made on demand).
 */
public final class CasualtyObservation {
    private final CasualtySeries series;
    private final LocalDate asOf;
    private final long value;
    private final String qualifier;
    private final String asOfBasis;
    private final String reportedBy;
    private final String url;
    private final LocalDate pageDate;
    private final String quote;
    private final String location;
    private String description;

    /**
     * @param qualifier  the wording as published ("at least", "more than", "only"), or null
     * @param asOfBasis  how {@code asOf} is known: "no" (the page states the date the figure refers to), "yes"
     *                   (only the publication date is known), "inferred" (worked out from a relative day in the text)
     * @param reportedBy who gave the figure, as the page names them ("AAPP", "AFAD (via Anadolu)")
     * @param url        the page it was read on, or null for a daily series (the source's own URL is cited)
     * @param quote      the sentence it came from, verbatim, or null
     * @param location   where it is in the dataset: "casualty_observations.csv:57" or
     *                   "casualty_daily.csv:86 day 2020-12-31"
     */
    public CasualtyObservation(CasualtySeries series, LocalDate asOf, long value, String qualifier, String asOfBasis,
                               String reportedBy, String url, LocalDate pageDate, String quote, String location) {
        this.series = series;
        this.asOf = asOf;
        this.value = value;
        this.qualifier = qualifier;
        this.asOfBasis = asOfBasis;
        this.reportedBy = reportedBy;
        this.url = url;
        this.pageDate = pageDate;
        this.quote = quote;
        this.location = location;
    }

    public CasualtySeries series() {
        return series;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public long value() {
        return value;
    }

    public String qualifier() {
        return qualifier;
    }

    public String asOfBasis() {
        return asOfBasis;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public String url() {
        return url;
    }

    public LocalDate pageDate() {
        return pageDate;
    }

    public String quote() {
        return quote;
    }

    public String location() {
        return location;
    }

    /** "AAPP: 883 killed in Myanmar (post-coup crackdown) as of 2021-06-28 (...); page dated ...: "quote"" */
    public String describe() {
        String d = description;
        if (d == null) {
            d = build();
            description = d; // a benign race: every thread builds the same immutable string
        }
        return d;
    }

    private String build() {
        StringBuilder out = new StringBuilder(160 + (quote == null ? 0 : quote.length()));
        out.append(series.counter()).append(": ");
        if (qualifier != null) {
            out.append(qualifier).append(' ');
        }
        out.append(Counts.format(value)).append(' ').append(series.measure().noun()).append(" in ")
                .append(series.place().name()).append(" (").append(series.event()).append(") as of ").append(asOf);
        if ("yes".equals(asOfBasis)) {
            out.append(" (date of publication)");
        } else if ("inferred".equals(asOfBasis)) {
            out.append(" (date inferred from the text)");
        }
        if (reportedBy != null && !reportedBy.equals(series.counter())) {
            out.append("; reported by ").append(reportedBy);
        }
        if (pageDate != null) {
            out.append("; page dated ").append(pageDate);
        }
        if (quote != null) {
            out.append(": \"").append(quote).append('"');
        }
        return out.toString();
    }

    public Evidence evidence(String role) {
        return series.source().evidence(url, series.id() + " " + asOf, location, describe(), role);
    }

    /** Unqualified figures first, then figures whose date the page states, then the larger. */
    static int preference(CasualtyObservation a, CasualtyObservation b) {
        int byQualifier = Boolean.compare(a.qualifier != null, b.qualifier != null);
        if (byQualifier != 0) {
            return byQualifier;
        }
        int byBasis = Integer.compare(basisRank(a.asOfBasis), basisRank(b.asOfBasis));
        return byBasis != 0 ? byBasis : Long.compare(b.value, a.value);
    }

    private static int basisRank(String basis) {
        return basis == null ? 1 : switch (basis) {
            case "no" -> 0;
            case "yes" -> 1;
            default -> 2;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
