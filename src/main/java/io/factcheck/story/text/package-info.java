/**
 * The copy as text, beneath the story wing and its temporal tagger: {@link io.factcheck.story.text.Copy} (tokens and
 * sentences with their offsets), {@link io.factcheck.story.text.Token}, {@link io.factcheck.story.text.Tense} (what a
 * clause's verbs say about time) and {@link io.factcheck.story.text.DateMentions} (the runs the date reader reads).
 * Plain Java, no framework; nothing here imports the story wing or {@code io.factcheck.story.timex}.
 */
package io.factcheck.story.text;
