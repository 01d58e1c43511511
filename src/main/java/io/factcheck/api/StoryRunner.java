package io.factcheck.api;

import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;
import io.factcheck.story.StoryChecker;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs story checks, the one piece of work whose cost grows with the request (up to 100,000 characters), on a few
 * threads of its own (one per core: the work is all CPU) with a short queue, each within a time limit
 * ({@code factcheck.story.time-limit}, queueing included). A story over the limit, or one more than the queue
 * holds, is a 503 problem: the doors' workers stay free for claims whatever stories arrive.
 */
@ApplicationScoped
public class StoryRunner {
    private final ServingDataset serving;
    private final Duration limit;
    private final ThreadPoolExecutor pool;

    @Inject
    public StoryRunner(ServingDataset serving,
                       @ConfigProperty(name = "factcheck.story.time-limit", defaultValue = "10s") Duration limit,
                       @ConfigProperty(name = "factcheck.story.threads", defaultValue = "0") int threads) {
        this.serving = serving;
        this.limit = limit;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(size * 32),
                task -> {
                    Thread thread = new Thread(task, "story-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    public StoryCheck check(Story story, String instance) {
        Future<StoryCheck> check;
        StoryChecker checker = serving.current().stories();
        try {
            check = pool.submit(() -> checker.check(story));
        } catch (RejectedExecutionException busy) {
            throw new InvalidClaimException(Problem.ofStatus(503, "too many stories are being checked: retry in a"
                    + " second", instance));
        }
        try {
            return check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            check.cancel(true);
            throw new InvalidClaimException(new Problem(Problem.TIME_LIMIT, "Service Unavailable", 503,
                    "the story could not be checked within " + limit.toMillis() + " ms", instance, null));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            check.cancel(true);
            throw new IllegalStateException("interrupted while a story was checked", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
