/**
 * The story's temporal tagger: every temporal expression of a copy as a TimeML 1.2.1 TIMEX3 (type, value, mod),
 * resolved against the story's date and the dates the copy gave before it. Plain Java, no framework.
 * <p>
 * The one door is {@link io.factcheck.story.timex.TimexTagger} ({@code tag}); everything else here is the tagger's
 * inside: {@code TimexRun} (the state of one pass), the expression families ({@code TimexClocks},
 * {@code TimexReferences}, {@code TimexSets}, {@code TimexDurations}, {@code TimexPeriods}, {@code TimexAnchors}),
 * {@code Timex} (a TIMEX3 from the date reader's readings) and {@code TimeWords} (the vocabulary, built once). It reads
 * the story wing's tokens, sentences and date mentions ({@code Copy}, {@code Sentence}, {@code DateMentions}) and
 * the dates wing's {@link io.factcheck.dates.DateExpressionReader}.
 */
package io.factcheck.story.timex;
