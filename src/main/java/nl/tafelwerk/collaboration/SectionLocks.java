package nl.tafelwerk.collaboration;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who is writing in which section of a co-edited item: the first to type in a section holds it and the
 * others read along until it is free again (DD043). A hold is a lease: typing renews it, leaving the
 * field shortens it to a short grace period, and a holder that stops renewing (a crashed browser, a
 * killed tab, a lost network) loses it when the lease runs out, so no section stays locked for good.
 *
 * <p>Held in this server's memory, like the engine's topics: one JVM serves the table. Acquiring is
 * atomic per item, so of two people starting to type at once exactly one holds the section.
 */
@Service
public class SectionLocks {

    /** Someone holding a section: {@code holdId} is one open editor (a tab), so two tabs of one user are two holders. */
    public record Holder(String holdId, Collaborator who, long untilNanos) {

        boolean expiredAt(long now) {
            return now - untilNanos >= 0;
        }
    }

    private static final ScheduledExecutorService EXPIRY = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "section-lock-expiry");
        thread.setDaemon(true);
        return thread;
    });

    private final long leaseNanos;
    private final long graceNanos;
    private final Map<TopicId, Item> items = new ConcurrentHashMap<>();

    public SectionLocks(@Value("${tafelwerk.section-lock.lease:PT15S}") Duration lease,
                        @Value("${tafelwerk.section-lock.grace:PT3S}") Duration grace) {
        this.leaseNanos = lease.toNanos();
        this.graceNanos = grace.toNanos();
    }

    /**
     * Takes or renews the section for {@code holdId}. True when it holds the section now; false when
     * someone else does (their lease has not run out).
     */
    public boolean tryHold(TopicId topic, String section, String holdId, Collaborator who) {
        Item item = items.computeIfAbsent(topic, t -> new Item());
        long now = System.nanoTime();
        Holder taken;
        synchronized (item) {
            Holder current = item.holders.get(section);
            if (current != null && !current.holdId().equals(holdId) && !current.expiredAt(now)) {
                return false;
            }
            boolean renewal = current != null && current.holdId().equals(holdId) && !current.expiredAt(now);
            // Typing renews at most once a second: no new lease, timer or message per keystroke.
            if (renewal && current.untilNanos() - now > leaseNanos - TimeUnit.SECONDS.toNanos(1)) {
                return true;
            }
            taken = new Holder(holdId, who, now + leaseNanos);
            item.holders.put(section, taken);
            expireLater(topic, section, taken);
            if (renewal) {
                return true;
            }
        }
        item.changed();
        return true;
    }

    /** The holder left the field: the section is freed after the grace period unless they type again. */
    public void leaving(TopicId topic, String section, String holdId) {
        Item item = items.get(topic);
        if (item == null) {
            return;
        }
        synchronized (item) {
            Holder current = item.holders.get(section);
            long now = System.nanoTime();
            if (current == null || !current.holdId().equals(holdId) || current.untilNanos() - now <= graceNanos) {
                return;
            }
            Holder shortened = new Holder(holdId, current.who(), now + graceNanos);
            item.holders.put(section, shortened);
            expireLater(topic, section, shortened);
        }
    }

    /** Frees every section {@code holdId} holds on the item at once, e.g. when its editor closes. */
    public void releaseAll(TopicId topic, String holdId) {
        Item item = items.get(topic);
        if (item == null) {
            return;
        }
        boolean removed;
        synchronized (item) {
            removed = item.holders.values().removeIf(holder -> holder.holdId().equals(holdId));
        }
        if (removed) {
            item.changed();
        }
    }

    /**
     * Calls {@code listener} whenever a section of the item is taken or freed (on whichever thread did it, or
     * the expiry timer's): read {@link #held} then, so a late call never shows an older state. Renewals while
     * typing are not reported.
     */
    public Registration watch(TopicId topic, Runnable listener) {
        Item item = items.computeIfAbsent(topic, t -> new Item());
        item.listeners.add(listener);
        return () -> item.listeners.remove(listener);
    }

    /** The held sections of the item now: section → holder (expired leases left out). */
    public Map<String, Held> held(TopicId topic) {
        Item item = items.get(topic);
        return item == null ? Map.of() : item.held();
    }

    /** One held section as a watcher sees it. */
    public record Held(String holdId, Collaborator who) {
    }

    private void expireLater(TopicId topic, String section, Holder holder) {
        long delay = holder.untilNanos() - System.nanoTime();
        EXPIRY.schedule(() -> expire(topic, section, holder), Math.max(0, delay) + 1_000_000, TimeUnit.NANOSECONDS);
    }

    private void expire(TopicId topic, String section, Holder holder) {
        Item item = items.get(topic);
        if (item == null) {
            return;
        }
        synchronized (item) {
            if (item.holders.get(section) != holder) {
                return; // renewed, shortened again or taken over meanwhile: that one has its own timer
            }
            item.holders.remove(section);
        }
        item.changed();
    }

    private static final class Item {
        final Map<String, Holder> holders = new HashMap<>();
        final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        synchronized Map<String, Held> held() {
            long now = System.nanoTime();
            Map<String, Held> result = new HashMap<>();
            holders.forEach((section, holder) -> {
                if (!holder.expiredAt(now)) {
                    result.put(section, new Held(holder.holdId(), holder.who()));
                }
            });
            return Map.copyOf(result);
        }

        void changed() {
            listeners.forEach(Runnable::run);
        }
    }
}
