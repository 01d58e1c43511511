package io.factcheck.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffTest {

    @Test
    void theConsumerGetsEveryItemInOrderOnTheCallingThread() {
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Handoff.<Integer>run("test", sink -> IntStream.range(0, 10_000).forEach(sink::accept), i -> {
            seen.add(i);
            threads.add(Thread.currentThread());
        });
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void whatTheProducerThrowsReachesTheCallerAsItWas() {
        AtomicInteger consumed = new AtomicInteger();
        assertThatThrownBy(() -> Handoff.<Integer>run("test", sink -> {
            IntStream.range(0, 3_000).forEach(sink::accept);
            throw new DataFormatException("t.csv", 3002, "bad row");
        }, i -> consumed.incrementAndGet())).isInstanceOf(DataFormatException.class).hasMessage("t.csv:3002: bad row");
        assertThat(consumed.get()).isLessThanOrEqualTo(3_000);
    }

    @Test
    void whatTheConsumerThrowsReachesTheCallerAndStopsTheProducer() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        assertThatThrownBy(() -> Handoff.<Integer>run("test", sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
        }, i -> {
            if (i == 5) {
                throw new IllegalArgumentException("row 5 is wrong");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("row 5 is wrong");
        Thread.sleep(200);
        int after = produced.get();
        Thread.sleep(200);
        assertThat(produced.get()).isEqualTo(after).isLessThan(10_000_000);
    }
}
