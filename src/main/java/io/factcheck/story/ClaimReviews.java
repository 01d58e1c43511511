package io.factcheck.story;

import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.Verdict;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story's check as schema.org ClaimReview JSON-LD (the contract's "ClaimReview"): one review per claim found,
 * as ordered maps a JSON writer turns into the document, in the claims' order.
 * <ul>
 *   <li>{@code url}: the story's address with the claim's id as fragment ({@code ...#claim-1});</li>
 *   <li>{@code claimReviewed}: the claim's words as the story writes them;</li>
 *   <li>{@code itemReviewed}: a {@code Claim} that appears in the story (a {@code CreativeWork} with its url and
 *       headline), published on the story's date, and authored by whoever the story attributes it to;</li>
 *   <li>{@code reviewRating}: {@code alternateName} True, False, Misleading or Unverifiable; the first three with
 *       {@code ratingValue} 5, 1 and 2 on a 1 (worst) to 5 (best) scale, and the verdict's explanation;</li>
 *   <li>{@code author}: the reviewing organisation, {@code datePublished}: the day of the review.</li>
 * </ul>
 */
public final class ClaimReviews {
    public static final String CONTEXT = "https://schema.org";
    public static final int WORST = 1;
    public static final int BEST = 5;

    /**
     * The organisation that publishes the reviews.
     *
     * @param url its home page; null to leave it out
     */
    public record Author(String name, String url) {
        public Author {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a ClaimReview author needs a name");
            }
        }
    }

    private final Author author;

    public ClaimReviews(Author author) {
        this.author = Objects.requireNonNull(author);
    }

    /**
     * The story's address, which every review's url is built on.
     *
     * @throws ClaimRejected naming {@code url} when the story has none, or one that is not an absolute http(s) address
     */
    public static URI requireUrl(Story story) {
        String url = story.url();
        String why = "is required for ClaimReview: each review's url is the story's address plus #claim-N";
        if (url == null || url.isBlank()) {
            throw new ClaimRejected("url", why);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.isAbsolute() && uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ClaimRejected("url", "must be the story's absolute http(s) address, for ClaimReview");
    }

    /**
     * @param story    the story as sent (it must have a url, see {@link #requireUrl})
     * @param check    the story's check
     * @param reviewed the day of the review
     */
    public List<Map<String, Object>> of(Story story, StoryCheck check, LocalDate reviewed) {
        URI base = requireUrl(story);
        return check.claims().stream().map(claim -> review(story, base, claim, reviewed)).toList();
    }

    private Map<String, Object> review(Story story, URI base, StoryCheck.FoundClaim claim, LocalDate reviewed) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", CONTEXT);
        review.put("@type", "ClaimReview");
        review.put("url", withFragment(base, claim.id()));
        review.put("claimReviewed", claim.text());
        review.put("datePublished", reviewed.toString());
        review.put("author", organisation());
        review.put("itemReviewed", itemReviewed(story, base, claim));
        review.put("reviewRating", rating(claim.verdict()));
        return review;
    }

    private Map<String, Object> organisation() {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", author.name());
        if (author.url() != null && !author.url().isBlank()) {
            org.put("url", author.url());
        }
        return org;
    }

    private static Map<String, Object> itemReviewed(Story story, URI base, StoryCheck.FoundClaim claim) {
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", base.toString());
        if (story.title() != null && !story.title().isBlank()) {
            appearance.put("headline", story.title());
        }
        appearance.put("datePublished", story.publishedAt());

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("appearance", appearance);
        item.put("datePublished", story.publishedAt());
        if (claim.attributedTo() != null && !claim.attributedTo().isBlank()) {
            // a person or an outlet ("Moscow media outlets"): the story does not say which, so no @type is guessed
            item.put("author", Map.of("name", claim.attributedTo()));
        }
        return item;
    }

    static Map<String, Object> rating(Verdict verdict) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        Integer value = switch (verdict.verdict()) {
            case SUPPORTED -> 5;
            case REFUTED -> 1;
            case MISLEADING -> 2;
            case UNVERIFIABLE -> null;
        };
        rating.put("alternateName", switch (verdict.verdict()) {
            case SUPPORTED -> "True";
            case REFUTED -> "False";
            case MISLEADING -> "Misleading";
            case UNVERIFIABLE -> "Unverifiable";
        });
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("worstRating", WORST);
            rating.put("bestRating", BEST);
        }
        if (verdict.explanation() != null) {
            rating.put("ratingExplanation", verdict.explanation());
        }
        return rating;
    }

    /** The story's address with {@code #claim-N} in place of any fragment it had. */
    private static String withFragment(URI base, String id) {
        String url = base.toString();
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)) + "#" + id;
    }
}
