package io.factcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.parallel.ResourceLock;
import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story finders take any copy: every claim, date and unchecked mention they report stands inside the text,
 * a claim's text is the text at its span, and every verdict that confirms or contradicts cites evidence.
 */
@ResourceLock(FuzzInput.JAZZER) // Jazzer runs one fuzz test at a time (the plain tests run in parallel)
class StoryFindersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void findsWithinTheText(byte[] data) {
        String text = FuzzInput.text(data);
        if (text.isBlank() || text.length() > Story.MAX_TEXT) {
            return; // the doors refuse these before the checker sees them
        }
        StoryCheck check = FuzzDataset.STORIES.check(new Story(text, "2021-06-28", null, null, null, null));
        for (StoryCheck.FoundClaim claim : check.claims()) {
            inside(claim.span(), text);
            assertThat(text.substring(claim.span().start(), claim.span().end())).as(text).isEqualTo(claim.text());
            FuzzDataset.checkEvidence(claim.verdict(), text);
        }
        check.notChecked().forEach(mention -> inside(mention.span(), text));
        check.dates().forEach(date -> inside(date.span(), text));
    }

    private static void inside(StoryCheck.TextSpan span, String text) {
        assertThat(span.start()).as(text).isBetween(0, span.end());
        assertThat(span.end()).as(text).isLessThanOrEqualTo(text.length());
    }
}
