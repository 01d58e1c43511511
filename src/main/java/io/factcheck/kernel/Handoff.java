package io.factcheck.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own and hands what it makes, in batches, to a consumer on the caller's
 * thread: reading and checking a large file's rows then overlaps with storing them, so a million-row file loads in
 * about the time of the slower half on two cores. Whatever either side throws reaches the caller as it was thrown.
 */
public final class Handoff {
    private static final int BATCH = 1024;
    private static final List<Object> END = List.of();

    private Handoff() {
    }

    /**
     * @param producer passes each item to the sink it is given, in order
     * @param consumer takes the items in the same order, on the calling thread
     */
    @SuppressWarnings("unchecked")
    public static <T> void run(String name, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            List<Object> batch = new ArrayList<>(BATCH);
            try {
                producer.accept(item -> {
                    batch.add(item);
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch));
                        batch.clear();
                    }
                });
                put(queue, batch);
            } catch (CancellationException cancelled) {
                return;
            } catch (Throwable e) {
                failure[0] = e;
            }
            putQuietly(queue, END);
        }, name);
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                List<Object> batch = queue.take();
                if (batch == END) {
                    break;
                }
                batch.forEach(item -> consumer.accept((T) item));
            }
            thread.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
        } finally {
            if (!finished) {
                thread.interrupt(); // the consumer left early: a producer blocked on a full queue must not linger
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("reading " + name + " failed", failure[0]);
        }
    }

    private static void put(BlockingQueue<List<Object>> queue, List<Object> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new CancellationException("the consumer stopped");
        }
    }

    private static void putQuietly(BlockingQueue<List<Object>> queue, List<Object> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
