package io.factcheck.official;

/** How a written name matched a recorded one, best first, with the confidence each deserves. */
public enum NameMatch {
    EXACT(1.0, "exact"),
    VARIANT(0.95, "spelling or transliteration variant"),
    PARTIAL(0.9, "part of the name (surname or short form)"),
    NEAR(0.75, "near match (spelling differs)"),
    NONE(0.0, "no match");

    private final double confidence;
    private final String description;

    NameMatch(double confidence, String description) {
        this.confidence = confidence;
        this.description = description;
    }

    public double confidence() {
        return confidence;
    }

    public String description() {
        return description;
    }

    public boolean isMatch() {
        return this != NONE;
    }

    public boolean betterThan(NameMatch other) {
        return ordinal() < other.ordinal();
    }
}
