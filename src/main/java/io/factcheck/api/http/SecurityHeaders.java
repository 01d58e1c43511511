package io.factcheck.api.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The usual security headers on every answer the router gives, problems included: no MIME sniffing, no framing,
 * no referrer. The editor's page adds its Content-Security-Policy by path (application.properties); Swagger UI
 * needs none of these relaxed.
 */
@ApplicationScoped
public class SecurityHeaders {

    void install(@Observes Router router) {
        // first of all routes, so that answers given while the body is read (413) carry them too
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx.response().headers()));
            ctx.next();
        });
    }

    static void apply(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
    }
}
