/**
 * The story's temporal tagger: every temporal expression of a copy as a TimeML 1.2.1 TIMEX3 (type, value, mod),
 * resolved against the story's date and the dates the copy gave before it. Plain Java, no framework.
 * <p>
 * The one door is {@link io.factcheck.story.timex.TimexTagger} ({@code tag}), which answers
 * {@link io.factcheck.story.timex.TimexEntry} records; everything else here is the tagger's inside: {@code TimexRun}
 * (the state of one pass, and where a date the words leave open is placed), the expression families
 * ({@code TimexClocks}, {@code TimexReferences}, {@code TimexSets}, {@code TimexDurations}, {@code TimexPeriods},
 * {@code TimexReportingPeriods}, {@code TimexAnchors}), {@code Timex} (a TIMEX3 from the date reader's readings),
 * {@code TimexSentence}, {@code Holidays} and {@code TimeWords} (the vocabulary, built once). It reads the text
 * primitives beneath the story wing ({@link io.factcheck.story.text}: tokens, sentences, tense and date mentions) and
 * the dates wing's {@link io.factcheck.dates.DateExpressionReader}; nothing here imports {@code io.factcheck.story}
 * itself, which uses the tagger.
 */
package io.factcheck.story.timex;
