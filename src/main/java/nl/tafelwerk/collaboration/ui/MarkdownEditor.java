package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.shared.documents.Markdown;
import nl.tafelwerk.shared.ui.FieldFeedback;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown text with its live preview: a labelled text area (bind {@link #textArea()} on the co-editor),
 * a small toolbar and syntax hint, the length against the maximum, and the rendered preview
 * ({@link Markdown#toSafeHtml}). A paste that would make the text too long is refused in the browser
 * before it lands, with a message at the field; what was there stays. As a {@link SectionLocking.Display}
 * it shows who else writes in the section and keeps the text read-only meanwhile.
 */
@StyleSheet("styles/advice.css")
public final class MarkdownEditor extends Div implements SectionLocking.Display {

    static final String PASTE_REFUSED = "tw-paste-refused";

    private final SectionTextArea text = new SectionTextArea();
    private final Div preview = new Div();
    private final Span lockNotice = new Span();
    private final Div refusedBox = new Div();
    private final Span refusedMessage = new Span();
    private final TextArea refusedText = new TextArea();
    private final Div toolbar = new Div();
    private final int max;
    private boolean readOnly;
    private @Nullable Collaborator holder;

    public MarkdownEditor(String label, int max, String id) {
        this.max = max;
        addClassName("tw-markdown-editor");
        setId(id);

        text.setLabel(label);
        text.setId(id + "-text");
        // One more than allowed, so an over-long value is shown and refused with the message, not cut off silently.
        text.setMaxLength(max + 1);
        text.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(getTranslation("validation.tooLong", max)));
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.addClassName("tw-markdown-text");
        text.addValueChangeListener(event -> showPreviewAndLength(event.getValue()));
        refusePastesTooLong();

        toolbar.addClassName("tw-markdown-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", getTranslation("markdown.toolbar.label", label));
        toolbar.add(tool("heading", "## ", "", "markdown.toolbar.heading.sample"),
                tool("bold", "**", "**", "markdown.toolbar.bold.sample"),
                tool("list", "\n- ", "\n", "markdown.toolbar.list.sample"),
                tool("link", "[", "](https://)", "markdown.toolbar.link.sample"),
                tool("table", "\n| ", " | Kolom 2 |\n| --- | --- |\n| | |\n", "markdown.toolbar.table.sample"));
        Span hint = new Span(getTranslation("markdown.hint"));
        hint.addClassName("tw-markdown-hint");
        toolbar.add(hint);

        lockNotice.addClassName("tw-section-lock");
        lockNotice.setId(id + "-lock");
        lockNotice.getElement().setAttribute("aria-live", "polite");
        lockNotice.setVisible(false);

        refusedText.setLabel(getTranslation("section.lock.refusedText"));
        refusedText.setReadOnly(true);
        refusedText.setWidthFull();
        refusedText.setId(id + "-refused-text");
        Button dismiss = new Button(getTranslation("section.lock.refusedDismiss"), e -> {
            refusedBox.setVisible(false);
            refusedText.clear();
        });
        dismiss.addThemeVariants(ButtonVariant.TERTIARY);
        dismiss.setId(id + "-refused-dismiss");
        refusedBox.addClassName("tw-section-refused");
        refusedBox.setId(id + "-refused");
        refusedBox.getElement().setAttribute("role", "alert");
        refusedBox.setVisible(false);

        preview.addClassName("tw-markdown-preview");
        preview.setId(id + "-preview");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("markdown.preview.label", label));
        preview.getElement().setAttribute("tabindex", "0");
        Div writing = new Div(toolbar, lockNotice, text, refusedBox);
        writing.addClassName("tw-markdown-writing");
        Div previewColumn = new Div(new Span(getTranslation("markdown.preview")), preview);
        previewColumn.addClassName("tw-markdown-preview-column");
        add(writing, previewColumn);
        refusedBox.add(refusedMessage, refusedText, dismiss);
        showPreviewAndLength("");
    }

    /** The field to bind on the co-editor's form. */
    public TextArea textArea() {
        return text;
    }

    /** Binds the text on the form under {@code property}, with the maximum length checked at the field. */
    public void bindTo(CoEditedForm<?> form, String property) {
        form.forField(text)
                .withValidator(value -> value == null || value.length() <= max, getTranslation("validation.tooLong", max))
                .bind(property);
    }

    public int maxLength() {
        return max;
    }

    /** Read-only for this user (their role, a frozen item); a section lock adds to this, never lifts it. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        applyReadOnly();
    }

    @Override
    public void heldBy(@Nullable Collaborator holder) {
        this.holder = holder;
        lockNotice.setVisible(holder != null);
        lockNotice.setText(holder == null ? "" : getTranslation("section.lock.heldBy", holder.name()));
        applyReadOnly();
    }

    @Override
    public void refused(Collaborator holder, String typed) {
        refusedMessage.setText(getTranslation("section.lock.refused", holder.name()));
        // Kept together until dismissed: several keystrokes may be refused before the lock reaches this screen.
        String kept = refusedBox.isVisible() ? refusedText.getValue() + typed : typed;
        refusedText.setValue(kept.length() > max ? kept.substring(0, max) : kept);
        refusedBox.setVisible(true);
    }

    /** Whether someone else holds this section now. */
    public @Nullable Collaborator holder() {
        return holder;
    }

    /** Whether the text is read-only in this user's browser now: by role or state, or because someone else holds the section. */
    public boolean isLockedHere() {
        return readOnly || holder != null;
    }

    private void applyReadOnly() {
        boolean locked = isLockedHere();
        text.setReadOnly(readOnly);
        text.heldByOther(holder != null);
        toolbar.setVisible(!readOnly);
        toolbar.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> b.setEnabled(!locked));
    }

    private void showPreviewAndLength(@Nullable String value) {
        String markdown = value == null ? "" : value;
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
        text.setHelperText(getTranslation("markdown.count", markdown.length(), max));
    }

    private Button tool(String name, String before, String after, String sampleKey) {
        Button button = new Button(getTranslation("markdown.toolbar." + name));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setId(getId().orElse("markdown") + "-tool-" + name);
        button.getElement().setAttribute("aria-label", getTranslation("markdown.toolbar." + name + ".label"));
        button.addClickListener(event -> text.getElement().executeJs("""
                const area = this.inputElement;
                if (!area || this.readonly || this.disabled) { return; }
                const start = area.selectionStart, end = area.selectionEnd;
                const chosen = area.value.substring(start, end) || $2;
                area.setRangeText($0 + chosen + $1, start, end, 'end');
                area.dispatchEvent(new Event('input', {bubbles: true}));
                area.focus();
                """, before, after, getTranslation(sampleKey)));
        return button;
    }

    /** In the browser, before the paste lands: a paste that makes the text too long is not inserted at all. */
    private void refusePastesTooLong() {
        text.getElement().addAttachListener(event -> text.getElement().executeJs("""
                if (this.__twPasteGuard) { return; }
                this.__twPasteGuard = true;
                const field = this;
                this.addEventListener('paste', e => {
                    const area = field.inputElement;
                    const pasted = (e.clipboardData || window.clipboardData).getData('text') || '';
                    const length = area.value.length - (area.selectionEnd - area.selectionStart) + pasted.length;
                    if (length > $0) {
                        e.preventDefault();
                        field.dispatchEvent(new CustomEvent($1, {detail: {length: length}}));
                    }
                }, true);
                """, max, PASTE_REFUSED));
        text.getElement().addEventListener(PASTE_REFUSED, event -> {
            int length = event.getEventData().get("event.detail.length").asInt();
            pasteRefused(length);
        }).addEventData("event.detail.length");
    }

    /**
     * The section's text area. Read-only in the browser while someone else holds the section, but not on the
     * server: Flow silently drops a value that comes from a read-only field, and a keystroke typed in the moment
     * before the lock reached this browser must still reach the section lock, which refuses it visibly and shows
     * it back (DD043, "Known race"). Read-only for this user by role or state stays read-only on the server too.
     */
    static final class SectionTextArea extends TextArea {

        private boolean readOnlyForMe;
        private boolean heldByOther;

        @Override
        public void setReadOnly(boolean readOnly) {
            readOnlyForMe = readOnly;
            showReadOnly();
        }

        @Override
        public boolean isReadOnly() {
            return readOnlyForMe;
        }

        void heldByOther(boolean held) {
            heldByOther = held;
            showReadOnly();
        }

        private void showReadOnly() {
            getElement().setProperty("readonly", readOnlyForMe || heldByOther);
        }
    }

    /** Tells the user their paste was too long; the text stays as it was. */
    void pasteRefused(int length) {
        FieldFeedback.show(getTranslation("markdown.paste.tooLong", length, max), text);
    }
}
