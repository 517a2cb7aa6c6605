package com.chipchain.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs numbered jobs (game 0..n-1) on a fixed pool, in chunks; a failing job stops the run with its
 * message, and a job that throws {@link java.util.concurrent.CancellationException} cancels the run.
 */
public final class Parallel {

    private Parallel() {}

    public static void run(int jobs, int threads, IntConsumer job) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            int chunk = Math.max(1, jobs / (threads * 8));
            for (int from = 0; from < jobs; from += chunk) {
                final int start = from;
                final int end = Math.min(jobs, from + chunk);
                tasks.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        job.accept(i);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof java.util.concurrent.CancellationException cancelled) {
                        throw cancelled;
                    }
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
