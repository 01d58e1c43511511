package io.factcheck.api.http;

import io.factcheck.api.Problem;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Optional API keys for the doors: off unless {@code factcheck.api-keys} (FACTCHECK_API_KEYS, comma-separated) names
 * some, and always off in dev mode. When on, a request to a function or /api/* without a key the list holds, in the
 * {@code X-API-Key} header, is a 401 problem. Health, metrics, the editor's page and CORS preflights need none. Keys
 * are compared as SHA-256 digests with {@link MessageDigest#isEqual}, every key every time, so the time taken says
 * nothing about how close a guess came.
 */
@ApplicationScoped
public class ApiKeys {
    public static final String HEADER = "X-API-Key";

    @Inject
    HttpProblems problems;
    @ConfigProperty(name = "factcheck.api-keys")
    Optional<List<String>> keys;

    private List<byte[]> digests = List.of();

    void install(@Observes Router router) {
        digests = keys.orElse(List.of()).stream().map(String::strip).filter(key -> !key.isEmpty())
                .map(ApiKeys::digest).toList();
        if (digests.isEmpty() || LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return;
        }
        router.route().order(-250).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.OPTIONS || !DoorPaths.isDoor(ctx.normalizedPath())
                || known(ctx.request().getHeader(HEADER))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        problems.send(ctx, Problem.ofStatus(401, "send a valid API key in the " + HEADER + " header",
                ctx.normalizedPath()));
    }

    private boolean known(String key) {
        if (key == null) {
            return false;
        }
        byte[] given = digest(key.strip());
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, given);
        }
        return found;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
