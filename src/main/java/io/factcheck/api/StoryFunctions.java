package io.factcheck.api;

import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/**
 * The function that checks a whole story: {@code POST /check-story} over HTTP, and the cloud bindings' function
 * when a deployment exports {@value #NAME} (which loads every wing of the dataset, see {@link ServedKinds}). A
 * call into the story wing once the story passed its length limit and constraints, within the
 * story time limit ({@link StoryRunner}).
 */
public class StoryFunctions {
    public static final String NAME = "check-story";

    @Inject
    StoryRunner runner;
    @Inject
    ClaimReader reader;
    @Inject
    DoorMetrics metrics;

    @Funq(NAME)
    public StoryCheck checkStory(Story story) {
        StoryCheck check = runner.check(reader.validateStory(story, "/" + NAME), "/" + NAME);
        metrics.story(check);
        return check;
    }
}
