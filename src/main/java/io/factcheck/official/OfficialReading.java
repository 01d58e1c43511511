package io.factcheck.official;

/**
 * The official claim as understood, returned in the verdict's {@code claim} field.
 *
 * @param asOf        the date checked
 * @param asOfSource  where that date came from: "asOf", "context.publishedAt" or "today"
 * @param status      the status checked: "current" (also when the claim gives none), "former" or "acting"
 * @param person      the recorded name the written one matched, if any
 * @param nameMatch   how it matched
 * @param post        the recorded post the written title matched, if any
 */
public record OfficialReading(String name, String position, String jurisdiction, String asOf, String asOfSource,
                              String status, String person, String nameMatch, String post) {
}
