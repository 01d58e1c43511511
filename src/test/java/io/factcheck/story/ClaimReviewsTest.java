package io.factcheck.story;

import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ClaimReviewsTest {
    private static final DatasetRef DATASET = new DatasetRef("test", "1");
    private static final Evidence RECORD = new Evidence("Wikidata via EveryPolitician (russia-cabinet)",
            "https://www.wikidata.org/wiki/Q32024", "Q32024", "2022-08-03", "tenures.csv:1", "a record", "decides");
    private static final ClaimReviews REVIEWS = new ClaimReviews(
            new ClaimReviews.Author("The Daily Check", "https://check.example.org"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Story story(String url) {
        return new Story("copy", "2021-06-28", "Bangkok", "Myanmar coup leader returns home", url, null);
    }

    private static StoryCheck.FoundClaim claim(int n, VerdictLabel label, String attributedTo) {
        List<Evidence> evidence = label == VerdictLabel.SUPPORTED || label == VerdictLabel.REFUTED
                ? List.of(RECORD) : List.of();
        Verdict verdict = new Verdict("official", label, 1.0, Map.of(), "why " + label, evidence, DATASET);
        return new StoryCheck.FoundClaim("claim-" + n, "official", new StoryCheck.TextSpan(n * 10, n * 10 + 5),
                "words " + n, Map.of("name", "someone"), attributedTo, List.of(), verdict);
    }

    private static StoryCheck check(StoryCheck.FoundClaim... claims) {
        return new StoryCheck(List.of(claims), List.of(), List.of(), Map.of("claims", claims.length), DATASET);
    }

    @Test
    void oneReviewPerClaimInOrderWithTheContractsFields() {
        List<Map<String, Object>> reviews = REVIEWS.of(story("https://news.example.com/2021/06/28/coup"),
                check(claim(1, VerdictLabel.SUPPORTED, null), claim(2, VerdictLabel.REFUTED, "Moscow media outlets")),
                TODAY);

        assertThat(reviews).hasSize(2);
        Map<String, Object> first = reviews.get(0);
        assertThat(first.keySet()).startsWith("@context", "@type");
        assertThat(first).contains(entry("@context", "https://schema.org"), entry("@type", "ClaimReview"),
                entry("url", "https://news.example.com/2021/06/28/coup#claim-1"), entry("claimReviewed", "words 1"),
                entry("datePublished", "2026-11-29"));
        assertThat(first.get("author")).isEqualTo(Map.of("@type", "Organization", "name", "The Daily Check",
                "url", "https://check.example.org"));
        assertThat(first.get("itemReviewed")).isEqualTo(Map.of("@type", "Claim", "datePublished", "2021-06-28",
                "appearance", Map.of("@type", "CreativeWork", "url", "https://news.example.com/2021/06/28/coup",
                        "headline", "Myanmar coup leader returns home", "datePublished", "2021-06-28")));
        assertThat(reviews.get(1)).containsEntry("url", "https://news.example.com/2021/06/28/coup#claim-2");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributed = (Map<String, Object>) reviews.get(1).get("itemReviewed");
        assertThat(attributed).containsEntry("author", Map.of("name", "Moscow media outlets"));
    }

    @Test
    void ratingsOnTheOneToFiveScaleAndUnverifiableWithoutAValue() {
        assertThat(ClaimReviews.rating(claim(1, VerdictLabel.SUPPORTED, null).verdict())).containsExactly(
                entry("@type", "Rating"), entry("alternateName", "True"), entry("ratingValue", 5),
                entry("worstRating", 1), entry("bestRating", 5), entry("ratingExplanation", "why SUPPORTED"));
        assertThat(ClaimReviews.rating(claim(1, VerdictLabel.REFUTED, null).verdict()))
                .contains(entry("alternateName", "False"), entry("ratingValue", 1));
        assertThat(ClaimReviews.rating(claim(1, VerdictLabel.MISLEADING, null).verdict()))
                .contains(entry("alternateName", "Misleading"), entry("ratingValue", 2), entry("worstRating", 1),
                        entry("bestRating", 5));
        assertThat(ClaimReviews.rating(claim(1, VerdictLabel.UNVERIFIABLE, null).verdict()))
                .containsEntry("alternateName", "Unverifiable")
                .doesNotContainKeys("ratingValue", "worstRating", "bestRating");
    }

    @Test
    void aFragmentOfTheStoryUrlIsReplacedAndAnAuthorWithoutUrlHasNone() {
        ClaimReviews anonymous = new ClaimReviews(new ClaimReviews.Author("Desk", null));
        Map<String, Object> review = anonymous.of(story(" https://news.example.com/a#top "),
                check(claim(3, VerdictLabel.MISLEADING, null)), TODAY).get(0);
        assertThat(review).containsEntry("url", "https://news.example.com/a#claim-3")
                .containsEntry("author", Map.of("@type", "Organization", "name", "Desk"));
    }

    @Test
    void aStoryWithoutClaimsHasNoReviews() {
        assertThat(REVIEWS.of(story("https://news.example.com/a"), check(), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "news/2021/coup.html", "ftp://news.example.com/a", "https://", "http://exa mple.com/"})
    void aStoryWithoutAnAbsoluteWebAddressIsRejectedNamingUrl(String url) {
        assertThatThrownBy(() -> REVIEWS.of(story(url), check(claim(1, VerdictLabel.SUPPORTED, null)), TODAY))
                .isInstanceOfSatisfying(ClaimRejected.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void anAuthorNeedsAName() {
        assertThatThrownBy(() -> new ClaimReviews.Author(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
