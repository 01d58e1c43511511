package io.factcheck.story;

import io.factcheck.kernel.validation.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A story as written, sent to be checked whole: its copy and the date it was published, which anchors every
 * relative date in it and is each claim's default as-of date. The length of {@code text} is checked by the doors
 * (over {@link #MAX_TEXT} is a 413, not a 400), before any constraint runs.
 *
 * @param dateline where the story was filed ("Bangkok"): the last resort for a claim's jurisdiction
 * @param url      the story's address, needed for ClaimReview
 * @param language only "en" is read for now
 */
public record Story(
        @NotBlank String text,
        @NotNull @IsoDate String publishedAt,
        @Size(max = 200) String dateline,
        @Size(max = 500) String title,
        @Size(max = 2000) String url,
        @Pattern(regexp = "en", message = "must be 'en': the languages served are [en]") String language) {

    /** The longest copy read, in UTF-16 code units: a long feature is 20,000. */
    public static final int MAX_TEXT = 100_000;
}
