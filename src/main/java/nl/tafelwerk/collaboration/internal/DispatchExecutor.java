package nl.tafelwerk.collaboration.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tafelwerk.collaboration.CollaborationLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's deliveries (one task per UI that must hear of a change). Collaboration Engine
 * 7.0.0 throws a NullPointerException when it delivers to a UI whose session just ended; that
 * would kill the worker thread and print a stack trace per UI when many people leave at once.
 */
public final class DispatchExecutor extends ThreadPoolExecutor implements CollaborationLoad {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchExecutor.class);

    private static volatile long lastEditShared;
    private volatile long lastDeliveryFinished;

    DispatchExecutor(int threads) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), namedThreads());
    }

    @Override
    public void execute(Runnable delivery) {
        super.execute(() -> {
            try {
                delivery.run();
            } catch (NullPointerException e) {
                LOG.debug("Dropped a collaboration delivery to a session that has ended", e);
            } finally {
                lastDeliveryFinished = System.nanoTime();
            }
        });
    }

    @Override
    public long deliveries() {
        return getCompletedTaskCount();
    }

    @Override
    public long lastDeliveryFinishedNanos() {
        return lastDeliveryFinished;
    }

    @Override
    public long lastEditSharedNanos() {
        return lastEditShared;
    }

    /** Called by a co-edited form when it sends its user's edit to the topic. */
    public static void editShared() {
        lastEditShared = System.nanoTime();
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "collaboration-dispatch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
