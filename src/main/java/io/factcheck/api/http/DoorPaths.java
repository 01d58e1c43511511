package io.factcheck.api.http;

import io.factcheck.api.StoryFunctions;

/** The paths that answer claims and stories (the functions and the REST API), as opposed to /q/* and the page. */
final class DoorPaths {
    private DoorPaths() {
    }

    static boolean isDoor(String path) {
        return path != null && (path.startsWith("/api/") || isFunction(path));
    }

    /** A POST that asks for an action and sends nothing: a reload of the reference data. */
    static boolean takesNoBody(String path) {
        return "/api/v1/datasets/reload".equals(path);
    }

    static boolean isFunction(String path) {
        return path != null && (path.startsWith("/verify-") || path.equals("/" + StoryFunctions.NAME)
                || path.equals("/noop"));
    }
}
