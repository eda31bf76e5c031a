package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SectionLocks;
import nl.tafelwerk.collaboration.TopicId;
import org.jspecify.annotations.Nullable;

/**
 * One editor's side of the section locks (DD043): typing in a section takes it (or is refused, visibly,
 * when someone else holds it), leaving the field frees it after a short grace period, closing the
 * editor frees all; each section shows who else holds it. Used through {@link CoEditor#lockSections}.
 */
public final class SectionLocking {

    /** How a section shows its lock to this user. */
    public interface Display {

        /**
         * {@code holder} writes in this section now, or null when nobody else does. Show the field read-only in the
         * browser only, never through {@code HasValue.setReadOnly}: Flow silently drops a value sent from a read-only
         * field, so a keystroke already on its way would be lost instead of refused and shown back (DD043).
         */
        void heldBy(@Nullable Collaborator holder);

        /** What this user typed ({@code typed}: the characters they added) was not taken: {@code holder} was writing first. */
        void refused(Collaborator holder, String typed);
    }

    private final Component host;
    private final SectionLocks locks;
    private final Collaborator me;
    private final Map<String, Display> sections;
    private final String holdId = UUID.randomUUID().toString();
    private final List<Registration> blurListeners = new ArrayList<>();
    private final Map<String, @Nullable Collaborator> shown = new LinkedHashMap<>();
    private @Nullable TopicId topic;
    private @Nullable Registration watching;
    private @Nullable Registration attachment;

    SectionLocking(Component host, SectionLocks locks, Collaborator me, Map<String, Display> sections) {
        this.host = host;
        this.locks = locks;
        this.me = me;
        this.sections = Map.copyOf(sections);
    }

    /** Starts guarding the sections of {@code form} on the item's topic. */
    void connect(TopicId itemTopic, CoEditedForm<?> form) {
        disconnect();
        topic = itemTopic;
        form.guardTyping(this::mayShare);
        for (String property : sections.keySet()) {
            form.field(property).ifPresent(field -> blurListeners.add(onBlur(field, property)));
        }
        attachment = Registration.combine(
                host.addAttachListener(event -> watch(event.getUI())),
                host.addDetachListener(event -> stopWatching()));
        host.getUI().ifPresent(this::watch);
    }

    /** Frees what this editor holds and stops showing the locks. */
    void disconnect() {
        stopWatching();
        blurListeners.forEach(Registration::remove);
        blurListeners.clear();
        if (attachment != null) {
            attachment.remove();
            attachment = null;
        }
        topic = null;
    }

    private boolean mayShare(String property, @Nullable Object shown, @Nullable Object typed) {
        TopicId itemTopic = topic;
        if (itemTopic == null || !sections.containsKey(property)) {
            return true;
        }
        if (locks.tryHold(itemTopic, property, holdId, me)) {
            return true;
        }
        SectionLocks.Held holder = locks.held(itemTopic).get(property);
        Collaborator who = holder == null ? new Collaborator("", "") : holder.who();
        sections.get(property).refused(who, added(Objects.toString(shown, ""), Objects.toString(typed, "")));
        show(locks.held(itemTopic));
        return false;
    }

    /** The characters {@code typed} has that {@code shown} has not: what this user typed (or pasted) in between. */
    static String added(String shown, String typed) {
        int prefix = 0;
        int max = Math.min(shown.length(), typed.length());
        while (prefix < max && shown.charAt(prefix) == typed.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && shown.charAt(shown.length() - 1 - suffix) == typed.charAt(typed.length() - 1 - suffix)) {
            suffix++;
        }
        return typed.substring(prefix, typed.length() - suffix);
    }

    private Registration onBlur(HasValue<?, ?> field, String property) {
        if (field instanceof Focusable<?> focusable) {
            return focusable.addBlurListener(event -> {
                TopicId itemTopic = topic;
                if (itemTopic != null) {
                    locks.leaving(itemTopic, property, holdId);
                }
            });
        }
        return () -> { };
    }

    private void watch(UI ui) {
        TopicId itemTopic = topic;
        if (watching != null || itemTopic == null) {
            return;
        }
        watching = locks.watch(itemTopic, () -> ui.access(() -> show(locks.held(itemTopic))));
        show(locks.held(itemTopic));
    }

    private void stopWatching() {
        Registration current = watching;
        if (current != null) {
            watching = null;
            current.remove();
        }
        TopicId itemTopic = topic;
        if (itemTopic != null) {
            locks.releaseAll(itemTopic, holdId);
        }
        shown.clear();
    }

    private void show(Map<String, SectionLocks.Held> held) {
        sections.forEach((property, display) -> {
            SectionLocks.Held holder = held.get(property);
            Collaborator other = holder == null || holder.holdId().equals(holdId) ? null : holder.who();
            if (!shown.containsKey(property) || !Objects.equals(shown.get(property), other)) {
                shown.put(property, other);
                display.heldBy(other);
            }
        });
    }
}
