package io.factcheck.api.http;

import io.factcheck.api.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The function paths take and give JSON only, as the REST paths do: a body sent as anything but JSON is a 415
 * problem (Funqy would read {@code text/plain} as JSON), a client that accepts no JSON answer a 406.
 */
@ApplicationScoped
public class FunqyMediaTypes {

    @Inject
    HttpProblems problems;

    void install(@Observes Router router) {
        router.route().order(-180).method(HttpMethod.POST).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!DoorPaths.isFunction(path)) {
            ctx.next();
            return;
        }
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isJson(type)) {
            problems.send(ctx, Problem.ofStatus(415, "the body must be sent as application/json, not "
                    + (type == null ? "without a Content-Type" : type), path));
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !acceptsJson(accept)) {
            problems.send(ctx, Problem.ofStatus(406, "the answer is application/json, which the Accept header"
                    + " does not allow", path));
            return;
        }
        ctx.next();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** True when some entry of the Accept header allows application/json (a q of 0 allows nothing). */
    static boolean acceptsJson(String accept) {
        for (String entry : accept.split(",")) {
            String[] parts = entry.split(";");
            String type = parts[0].strip().toLowerCase();
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].replace(" ", "");
                refused |= parameter.equals("q=0") || parameter.matches("q=0\\.0*");
            }
            if (!refused && (type.equals("*/*") || type.equals("application/*") || type.equals("application/json"))) {
                return true;
            }
        }
        return false;
    }
}
