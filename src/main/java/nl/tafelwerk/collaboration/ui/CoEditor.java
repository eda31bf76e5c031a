package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SectionLocks;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.EditableField;
import nl.tafelwerk.shared.FieldCatalogue;
import nl.tafelwerk.shared.SavedItem;
import nl.tafelwerk.shared.ui.ConflictDialog;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one editor of every co-edited item (table profile, bouwsteen, vraagstuk, and the ones to come):
 * it shows the item's fields live for everyone on its topic, tracks what this user has not saved,
 * saves through the feature's {@link Store}, tells the others a new version is there, offers the
 * conflict dialog with both values, and puts a refusal beside the field it names. A feature gives
 * its fields (bound on {@link #form()}), its {@link FieldCatalogue} and its service calls; see DD012.
 *
 * @param <I> the saved item as the feature's service returns it
 * @param <D> the form bean the fields are bound to (bean properties named as in the catalogue)
 */
public final class CoEditor<I, D> {

    static final String SAVED_KEY = "saved";

    /** How a feature reads and saves its item; the only code a new co-edited view writes besides its fields. */
    public interface Store<I, D> {

        /** The item's saved values as a form bean. */
        D values(I item);

        long version(I item);

        @Nullable String savedBy(I item);

        @Nullable Instant savedAt(I item);

        /** Whether the item was never saved by anyone yet (the save state then says so). */
        default boolean neverSaved(I item) {
            return false;
        }

        /** The item as saved now, e.g. after someone else announced a save. */
        Optional<I> reload(I item);

        /**
         * Saves {@code values} made against {@code baseVersion}. A refusal is thrown as a
         * {@link DomainException} naming the field; a stale base is returned as {@link Stale}.
         */
        Outcome<I> save(I item, D values, long baseVersion);
    }

    /** Saves the values made against a base version; see {@link Store#save}. */
    @FunctionalInterface
    public interface Saver<I, D> {
        Outcome<I> save(I item, D values, long baseVersion);
    }

    /**
     * The store of an item that carries its own version and last save ({@link SavedItem}): only how its values
     * are read, how it is reloaded and how it is saved differ per feature.
     */
    public static <I extends SavedItem, D> Store<I, D> store(Function<I, D> values, Function<I, Optional<I>> reload,
                                                             Saver<I, D> saver) {
        return new Store<>() {
            @Override
            public D values(I item) {
                return values.apply(item);
            }

            @Override
            public long version(I item) {
                return item.version();
            }

            @Override
            public @Nullable String savedBy(I item) {
                return item.updatedBy();
            }

            @Override
            public @Nullable Instant savedAt(I item) {
                return item.updatedAt();
            }

            @Override
            public boolean neverSaved(I item) {
                return item.neverSaved();
            }

            @Override
            public Optional<I> reload(I item) {
                return reload.apply(item);
            }

            @Override
            public Outcome<I> save(I item, D draft, long baseVersion) {
                return saver.save(item, draft, baseVersion);
            }
        };
    }

    /** What became of a save. */
    public sealed interface Outcome<I> permits Saved, Stale {
    }

    /** Stored as {@code item}. */
    public record Saved<I>(I item) implements Outcome<I> {
    }

    /** Refused because someone saved {@code current} after this user's base version. */
    public record Stale<I>(I current) implements Outcome<I> {
    }

    /** A co-edited piece outside the form bean (e.g. one seat row per sector), checked and shown with the item. */
    public interface Part<I> {

        boolean differsFrom(I item);

        /** Validates the input; false shows the messages at the fields and stops the save. */
        boolean validate();

        /** Shows the values of {@code item} to this user only (not shared). */
        void show(I item);

        /** The input a refusal with this field name concerns, or null when not this part's. */
        @Nullable HasValidation fieldFor(String refusedField);
    }

    /** The ids and texts of the conflict dialog. */
    public record ConflictTexts<I>(String dialogId, String buttonIdPrefix, Function<I, String> intro,
                                   Function<I, String> savedBy, String whenAllEqualKey) {
    }

    private final Component host;
    private final Class<D> formType;
    private final Collaborator me;
    private final Store<I, D> store;
    private final FieldCatalogue<D> catalogue;
    private final SaveStateBadge saveState;
    private final ConflictTexts<I> conflictTexts;
    private final CoEditedForm<D> form;
    private final String editorId = UUID.randomUUID().toString();
    private final List<Part<I>> parts = new ArrayList<>();
    private final Set<String> unsaved = new HashSet<>();
    private final Map<String, @Nullable Object> savedValues = new HashMap<>();
    private Function<String, String> refusedFieldToProperty = Function.identity();
    private Consumer<I> onSaved = item -> { };
    private Consumer<I> onNewVersion = item -> { };
    private @Nullable TopicId topic;
    private @Nullable I saved;
    private @Nullable SharedValues announcements;
    private DraftStorage drafts = BrowserDraftStorage.INSTANCE;
    private final Set<String> watchedForDrafts = new HashSet<>();
    private boolean draftLoaded;
    private @Nullable SectionLocking locking;

    public CoEditor(Component host, Class<D> formType, Collaborator me, Store<I, D> store, FieldCatalogue<D> catalogue,
                    SaveStateBadge saveState, ConflictTexts<I> conflictTexts) {
        this.host = host;
        this.formType = formType;
        this.me = me;
        this.store = store;
        this.catalogue = catalogue;
        this.saveState = saveState;
        this.conflictTexts = conflictTexts;
        this.form = new CoEditedForm<>(formType, me);
        form.onFieldChange(this::fieldChanged);
        host.addAttachListener(event -> listenForSaves(event.getUI()));
        host.addDetachListener(event -> stopListening());
    }

    /** Bind the fields here, by the property names of the catalogue. */
    public CoEditedForm<D> form() {
        return form;
    }

    public CoEditor<I, D> addPart(Part<I> part) {
        parts.add(part);
        return this;
    }

    /** After this user's own save: e.g. a success message and the parts of the view that depend on the saved item. */
    public CoEditor<I, D> onSaved(Consumer<I> listener) {
        onSaved = listener;
        return this;
    }

    /** Whenever another version becomes the base (someone else's save taken over, 'take theirs', a save elsewhere). */
    public CoEditor<I, D> onNewVersion(Consumer<I> listener) {
        onNewVersion = listener;
        return this;
    }

    /** For refusals whose field name is not a bound property, e.g. {@code maturity.BEHEER} → {@code levelBeheer}. */
    public CoEditor<I, D> mapRefusedField(Function<String, String> toProperty) {
        refusedFieldToProperty = toProperty;
        return this;
    }

    /** Where this user's unsaved values are kept between server restarts (the browser's localStorage by default). */
    public CoEditor<I, D> keepDraftsIn(DraftStorage storage) {
        drafts = storage;
        return this;
    }

    /**
     * Lets one person at a time type in each of these sections (DD043): the first to type holds it, the
     * others see who and read along; what they type meanwhile is refused visibly, never merged away.
     * Call before {@link #open}.
     */
    public CoEditor<I, D> lockSections(SectionLocks locks, Map<String, SectionLocking.Display> sections) {
        locking = new SectionLocking(host, locks, me, sections);
        return this;
    }

    /** Opens {@code item} on {@code topic}: joins it, shows the live values and starts tracking unsaved changes. */
    public void open(TopicId itemTopic, I item) {
        for (String property : form.properties()) {
            if (catalogue.field(property).isEmpty()) {
                throw new IllegalStateException("Bound field " + property + " is missing from the field catalogue");
            }
        }
        close();
        topic = itemTopic;
        saved = item;
        draftLoaded = false;
        rememberSavedValues(item);
        watchFieldsForDrafts();
        form.connect(itemTopic, () -> store.values(current()));
        if (locking != null) {
            locking.connect(itemTopic, form);
        }
        host.getUI().ifPresent(this::listenForSaves);
        refreshState();
    }

    /** Leaves the topic (the fields keep their values); also happens when the host is detached. */
    public void close() {
        if (locking != null) {
            locking.disconnect();
        }
        stopListening();
        form.disconnect();
    }

    public I current() {
        I item = saved;
        if (item == null) {
            throw new IllegalStateException("No item open");
        }
        return item;
    }

    /** The presence avatars of the item's topic. */
    public PresenceAvatars presence(String label) {
        TopicId itemTopic = topic;
        if (itemTopic == null) {
            throw new IllegalStateException("No item open");
        }
        return new PresenceAvatars(me, itemTopic, label);
    }

    public boolean hasUnsavedChanges() {
        return !unsaved.isEmpty() || parts.stream().anyMatch(part -> part.differsFrom(current()));
    }

    /** Validates and saves the fields; shows the outcome (saved, conflict dialog, or the refusal at its field). */
    public void save() {
        clearErrors();
        D values = newValues();
        boolean valid = form.binder().writeBeanIfValid(values);
        for (Part<I> part : parts) {
            valid &= part.validate();
        }
        if (!valid) {
            refreshState();
            return;
        }
        save(values, store.version(current()));
    }

    /**
     * The item was saved by another action of this view (a lifecycle step, a confirmation): it becomes
     * the base, the others hear of it, and the fields keep what this user typed.
     */
    public void savedElsewhere(I item) {
        becomeBase(item);
        announce(item);
    }

    /** Redraws the save state, e.g. after a part changed. */
    public void refreshState() {
        I item = saved;
        if (item == null) {
            return;
        }
        if (hasUnsavedChanges()) {
            saveState.unsaved();
        } else if (store.neverSaved(item)) {
            saveState.neverSaved();
        } else {
            saveState.saved(store.savedBy(item), store.savedAt(item));
        }
    }

    private void save(D values, long baseVersion) {
        try {
            switch (store.save(current(), values, baseVersion)) {
                case Saved<I> s -> {
                    becomeBase(s.item());
                    announce(s.item());
                    clearDraft();
                    onSaved.accept(s.item());
                }
                case Stale<I> stale -> showConflict(field -> field.value(values), stale.current(),
                        () -> save(values, store.version(stale.current())));
            }
        } catch (AccessDeniedException e) {
            Notifications.error(host.getTranslation("error.forbidden"));
        } catch (DomainException e) {
            showRefusal(e);
        }
    }

    private void showConflict(Function<EditableField<D>, @Nullable Object> mine, I theirs, Runnable keepMine) {
        D theirValues = store.values(theirs);
        ConflictDialog.Differences differences = new ConflictDialog.Differences();
        for (EditableField<D> field : catalogue.fields()) {
            differences.compare(host.getTranslation(field.labelKey()), display(field, mine.apply(field)),
                    display(field, field.value(theirValues)));
        }
        new ConflictDialog(conflictTexts.dialogId(), conflictTexts.buttonIdPrefix(), conflictTexts.intro().apply(theirs),
                conflictTexts.savedBy().apply(theirs), differences.list(), host.getTranslation(conflictTexts.whenAllEqualKey()),
                () -> takeTheirs(theirs), keepMine).open();
        saveState.conflict();
    }

    private @Nullable String display(EditableField<D> field, @Nullable Object value) {
        String text = EditableField.text(value);
        String prefix = field.valueKeyPrefix();
        if (text == null || prefix == null) {
            return text;
        }
        if (value instanceof Collection<?> values) {
            List<String> labels = new ArrayList<>();
            values.forEach(v -> labels.add(host.getTranslation(prefix + EditableField.text(v))));
            return String.join(", ", labels);
        }
        return host.getTranslation(prefix + text);
    }

    /** Shows the saved version to this user only: what the others are typing is theirs to keep. */
    private void takeTheirs(I theirs) {
        clearDraft();
        form.showWithoutSharing(store.values(theirs));
        parts.forEach(part -> part.show(theirs));
        becomeBase(theirs);
    }

    private void becomeBase(I item) {
        saved = item;
        rememberSavedValues(item);
        unsaved.clear();
        for (String property : form.properties()) {
            if (!showsSavedValue(property)) {
                unsaved.add(property);
            }
        }
        refreshState();
        if (draftLoaded) {
            drafts.rebase(host, draftKey(), store.version(item));
        }
        onNewVersion.accept(item);
    }

    private void rememberSavedValues(I item) {
        D values = store.values(item);
        savedValues.clear();
        for (EditableField<D> field : catalogue.fields()) {
            savedValues.put(field.name(), field.value(values));
        }
    }

    /** Runs for every value typed here or arriving from a co-editor: one comparison, no labels, no database. */
    private void fieldChanged(String property) {
        if (saved == null) {
            return;
        }
        if (showsSavedValue(property)) {
            unsaved.remove(property);
        } else {
            unsaved.add(property);
        }
        refreshState();
    }

    private boolean showsSavedValue(String property) {
        return form.field(property).map(field -> EditableField.same(field.getValue(), savedValues.get(property))).orElse(true);
    }

    private boolean fieldsShow(I item) {
        D values = store.values(item);
        for (String property : form.properties()) {
            Object value = catalogue.field(property).map(f -> f.value(values)).orElse(null);
            if (!EditableField.same(form.field(property).map(HasValue::getValue).orElse(null), value)) {
                return false;
            }
        }
        return parts.stream().noneMatch(part -> part.differsFrom(item));
    }

    private void showRefusal(DomainException e) {
        String message = host.getTranslation(e.messageKey(), e.arguments());
        String refused = e.field();
        HasValidation target = null;
        if (refused != null) {
            target = form.field(refusedFieldToProperty.apply(refused))
                    .filter(HasValidation.class::isInstance).map(HasValidation.class::cast).orElse(null);
            for (int i = 0; target == null && i < parts.size(); i++) {
                target = parts.get(i).fieldFor(refused);
            }
        }
        FieldFeedback.show(message, target);
    }

    private void clearErrors() {
        for (String property : form.properties()) {
            form.field(property).filter(HasValidation.class::isInstance)
                    .ifPresent(field -> ((HasValidation) field).setInvalid(false));
        }
    }

    private D newValues() {
        try {
            return formType.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
            throw new IllegalStateException(formType.getName() + " needs a public no-argument constructor", e);
        }
    }

    // ---- no lost typing: this user's unsaved values kept in the browser, offered back after a restart (DD018) ----

    /** The key of this user's draft of this item: the same after a restart and a new login, another for another user. */
    public String draftKey() {
        TopicId itemTopic = topic;
        if (itemTopic == null) {
            throw new IllegalStateException("No item open");
        }
        return "tafelwerk.draft." + me.id() + "." + itemTopic.value();
    }

    private void watchFieldsForDrafts() {
        for (String property : form.properties()) {
            if (!watchedForDrafts.add(property)) {
                continue;
            }
            form.field(property).ifPresent(field -> {
                Component component = (Component) field;
                String tag = component.getElement().getTag();
                if ("vaadin-text-field".equals(tag) || "vaadin-text-area".equals(tag)) {
                    // Kept by the browser itself as it is typed, so also while the server is away.
                    component.getElement().setAttribute("data-draft-property", property);
                } else {
                    field.addValueChangeListener(event -> {
                        if (event.isFromClient()) {
                            keepInDraft(property);
                        }
                    });
                }
            });
        }
    }

    private void keepInDraft(String property) {
        if (!draftLoaded || saved == null) {
            return;
        }
        if (showsSavedValue(property)) {
            drafts.drop(host, draftKey(), property);
        } else {
            drafts.put(host, draftKey(), store.version(current()), property, form.valueAsJson(property));
        }
    }

    private void clearDraft() {
        if (draftLoaded) {
            drafts.clear(host, draftKey());
        }
    }

    private void startDrafts() {
        if (draftLoaded || saved == null || mayNotEdit()) {
            return;
        }
        draftLoaded = true;
        String key = draftKey();
        BrowserKeptFields.describe(form);
        drafts.track(host, key, store.version(current()));
        drafts.load(host, key, json -> {
            if (json != null && key.equals(draftKey())) {
                UnsavedDraft.parse(json).ifPresent(this::offer);
            }
        });
    }

    /** Read-only for this user (e.g. an observer): nothing of theirs to keep. */
    private boolean mayNotEdit() {
        return form.properties().stream().map(form::field).flatMap(java.util.Optional::stream).allMatch(HasValue::isReadOnly);
    }

    /** Offers the kept values back, unless they are what is saved anyway. */
    private void offer(UnsavedDraft draft) {
        Map<String, @Nullable Object> differing = new java.util.LinkedHashMap<>();
        for (String property : form.properties()) {
            if (draft.values().containsKey(property)) {
                Object value = form.valueFromJson(property, draft.values().get(property));
                if (!EditableField.same(value, savedValues.get(property))) {
                    differing.put(property, value);
                }
            }
        }
        if (differing.isEmpty()) {
            clearDraft();
            return;
        }
        List<String> labels = new ArrayList<>();
        differing.keySet().forEach(property -> catalogue.field(property)
                .ifPresent(field -> labels.add(host.getTranslation(field.labelKey()))));
        DraftOfferDialog dialog = new DraftOfferDialog(String.join(", ", labels),
                () -> restore(draft.base(), differing), this::clearDraft);
        dialog.open();
    }

    /**
     * Puts the kept values back. Made against the version still saved: into the fields, as if typed
     * again. Someone saved since: the conflict dialog with both values, nothing overwritten unasked.
     */
    private void restore(long draftBase, Map<String, @Nullable Object> values) {
        I item = current();
        if (draftBase == store.version(item)) {
            showTyped(values);
            return;
        }
        showConflict(field -> values.containsKey(field.name()) ? values.get(field.name()) : savedValues.get(field.name()), item,
                () -> {
                    showTyped(values);
                    save();
                });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void showTyped(Map<String, @Nullable Object> values) {
        values.forEach((property, value) -> form.field(property).ifPresent(field -> {
            HasValue raw = field;
            if (value == null) {
                raw.clear();
            } else {
                raw.setValue(value);
            }
            keepInDraft(property);
        }));
    }

    // ---- telling the others: one typed announcement per save, ignored by the editor that made it ----

    private void listenForSaves(UI ui) {
        TopicId itemTopic = topic;
        if (announcements != null || itemTopic == null) {
            return;
        }
        SharedValues state = SharedValues.connect(CollaborationScope.of(host), itemTopic.child("state"), me);
        state.onChange((key, value) -> {
            if (SAVED_KEY.equals(key) && value != null) {
                SaveAnnouncement.parse(value).ifPresent(announcement -> ui.access(() -> heard(announcement)));
            }
        });
        announcements = state;
        startDrafts();
    }

    private void stopListening() {
        SharedValues state = announcements;
        if (state != null) {
            announcements = null;
            state.remove();
        }
    }

    private void announce(I item) {
        SharedValues state = announcements;
        if (state != null && state.isConnected()) {
            state.put(SAVED_KEY, new SaveAnnouncement(store.version(item), editorId, me.id(), me.name()).encode());
        }
    }

    /**
     * Someone saved: take the new version over when this user has nothing unsaved (or already shows
     * it); otherwise keep the old base, so their save meets the conflict dialog with both values.
     */
    private void heard(SaveAnnouncement announcement) {
        I item = saved;
        if (item == null || announcement.editorId().equals(editorId) || announcement.version() <= store.version(item)) {
            return;
        }
        store.reload(item).ifPresent(latest -> {
            if (store.version(latest) == store.version(current())) {
                return;
            }
            if (!hasUnsavedChanges()) {
                takeTheirs(latest);
            } else if (fieldsShow(latest)) {
                becomeBase(latest);
            }
        });
    }
}
