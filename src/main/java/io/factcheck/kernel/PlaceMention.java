package io.factcheck.kernel;

/** A place found inside a phrase, and the phrase with the mention taken out ("Russian Defense Minister" -> "Defense Minister"). */
public record PlaceMention(Place place, String matched, String remainder) {
}
