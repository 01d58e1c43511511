package io.factcheck.api;

import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;
import io.factcheck.story.StoryChecker;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/**
 * The function that checks a whole story: {@code POST /check-story} over HTTP, and the cloud bindings' function
 * when a deployment exports {@value #NAME} (which loads every wing of the dataset, see {@link ServedKinds}). A
 * one-line call into the story wing once the story passed its length limit and constraints.
 */
public class StoryFunctions {
    public static final String NAME = "check-story";

    @Inject
    StoryChecker checker;
    @Inject
    ClaimReader reader;

    @Funq(NAME)
    public StoryCheck checkStory(Story story) {
        return checker.check(reader.validateStory(story, "/" + NAME));
    }
}
