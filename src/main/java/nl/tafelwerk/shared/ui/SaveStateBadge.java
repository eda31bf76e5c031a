package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The save state of a co-edited form ("Wijzigingen niet opgeslagen", "Opgeslagen door … om …",
 * conflict), announced politely to screen readers and exposed as {@code data-state} for tests.
 * Co-edited forms ask for it on every value that arrives from someone else, so it only redraws
 * when what it shows changes.
 */
public final class SaveStateBadge extends Span {

    private String shown = "";

    public SaveStateBadge(String id) {
        setId(id);
        addClassName("tw-save-state");
        getElement().setAttribute("aria-live", "polite");
    }

    public void unsaved() {
        show("dirty", "unsaved", () -> getTranslation("state.unsaved"));
    }

    public void conflict() {
        show("conflict", "conflict", () -> getTranslation("state.conflict"));
    }

    /** Saved, but never by anyone yet (e.g. the table profile before its first save). */
    public void neverSaved() {
        show("saved", "new", () -> getTranslation("state.new"));
    }

    /** Saved by {@code by} at {@code at}; without a moment the text stays empty. */
    public void saved(@Nullable String by, @Nullable Instant at) {
        String who = by == null ? "?" : by;
        show("saved", "saved " + who + " " + at,
                () -> at == null ? "" : getTranslation("state.saved", who, DateTimes.dateTime(getLocale(), at)));
    }

    private void show(String state, String key, Supplier<String> text) {
        String next = state + "|" + key + "|" + getLocale();
        if (Objects.equals(next, shown)) {
            return;
        }
        shown = next;
        setText(text.get());
        getElement().setAttribute("data-state", state);
    }
}
