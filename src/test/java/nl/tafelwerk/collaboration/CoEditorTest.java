package nl.tafelwerk.collaboration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.DraftStorage;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldCatalogue;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The one co-editor with a stand-in service: two people edit one item in one browserless UI. */
class CoEditorTest extends AbstractUiTest {

    private static final Collaborator CHAIR = new Collaborator("voorzitter", "Onafhankelijk voorzitter");
    private static final Collaborator OFFICE = new Collaborator("programmabureau", "Secretaris programmabureau");

    record Item(String title, long version, String savedBy) {
    }

    public static class Values {
        private String title = "";

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    static final FieldCatalogue<Values> FIELDS = FieldCatalogue.<Values>builder()
            .field("title", "agenda.field.title", Values::getTitle)
            .build();

    /** The stored item, shared by both people's editors, as a feature's service would hold it. */
    static final class Database {
        final AtomicReference<Item> stored = new AtomicReference<>(new Item("Eerste titel", 1, "Niemand"));
        @Nullable DomainException refusal;

        void saveBehindTheirBacks(String title, String by) {
            Item now = stored.get();
            stored.set(new Item(title, now.version() + 1, by));
        }
    }

    /** The browser's localStorage, for one browserless UI. */
    static final class MemoryDrafts implements DraftStorage {
        final Map<String, String> kept = new HashMap<>();

        @Override
        public void track(Component host, String key, long baseVersion) {
        }

        @Override
        public void rebase(Component host, String key, long baseVersion) {
        }

        @Override
        public void put(Component host, String key, long baseVersion, String property, String json) {
            kept.put(key, "{\"base\":" + baseVersion + ",\"values\":{\"" + property + "\":" + json + "}}");
        }

        @Override
        public void drop(Component host, String key, String property) {
            kept.remove(key);
        }

        @Override
        public void clear(Component host, String key) {
            kept.remove(key);
        }

        @Override
        public void load(Component host, String key, SerializableConsumer<@Nullable String> whenLoaded) {
            whenLoaded.accept(kept.get(key));
        }
    }

    /** One person's editor; counts how often it reads the item back from the database. */
    static final class Person implements CoEditor.Store<Item, Values> {
        final Database database;
        final Collaborator me;
        final AtomicInteger reloads = new AtomicInteger();
        final TextField title = new TextField("Titel");
        final SaveStateBadge state;
        final CoEditor<Item, Values> editor;

        Person(Database database, Collaborator me, String id) {
            this(database, me, id, new MemoryDrafts());
        }

        Person(Database database, Collaborator me, String id, DraftStorage drafts) {
            this.database = database;
            this.me = me;
            this.state = new SaveStateBadge(id + "-state");
            Div host = new Div(title, state);
            UI.getCurrent().add(host);
            editor = new CoEditor<>(host, Values.class, me, this, FIELDS, state,
                    new CoEditor.ConflictTexts<>(id + "-conflict", id + "-", item -> "Opgeslagen door " + item.savedBy(),
                            Item::savedBy, "agenda.conflict.sameValues"));
            editor.form().forField(title).bind("title");
            editor.keepDraftsIn(drafts);
        }

        @Override
        public Values values(Item item) {
            Values values = new Values();
            values.setTitle(item.title());
            return values;
        }

        @Override
        public long version(Item item) {
            return item.version();
        }

        @Override
        public String savedBy(Item item) {
            return item.savedBy();
        }

        @Override
        public Instant savedAt(Item item) {
            return Instant.parse("2026-11-28T10:00:00Z");
        }

        @Override
        public Optional<Item> reload(Item item) {
            reloads.incrementAndGet();
            return Optional.of(database.stored.get());
        }

        @Override
        public CoEditor.Outcome<Item> save(Item item, Values values, long baseVersion) {
            if (database.refusal != null) {
                throw database.refusal;
            }
            Item now = database.stored.get();
            if (now.version() != baseVersion) {
                return new CoEditor.Stale<>(now);
            }
            Item saved = new Item(values.getTitle(), now.version() + 1, me.name());
            database.stored.set(saved);
            return new CoEditor.Saved<>(saved);
        }
    }

    private static TopicId topic(String name) {
        return TopicId.item("co-editor-test", name + System.nanoTime());
    }

    @Test
    void theSaverDoesNotReloadItsOwnSaveAndTheOthersTakeItOver() {
        Database database = new Database();
        TopicId topic = topic("own-save");
        Person chair = new Person(database, CHAIR, "chair");
        Person office = new Person(database, OFFICE, "office");
        chair.editor.open(topic, database.stored.get());
        office.editor.open(topic, database.stored.get());
        roundtrips();

        chair.title.setValue("Titel van de voorzitter");
        roundtrips();
        assertThat(office.title.getValue()).isEqualTo("Titel van de voorzitter");
        assertThat(office.state.getElement().getAttribute("data-state")).isEqualTo("dirty");

        chair.editor.save();
        roundtrips();

        assertThat(chair.reloads.get()).as("the saver already holds what it saved").isZero();
        assertThat(office.reloads.get()).as("the other reads the new version once").isEqualTo(1);
        assertThat(office.editor.current().version()).isEqualTo(2);
        assertThat(office.state.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(office.state.getText()).startsWith("Opgeslagen door Onafhankelijk voorzitter");
        chair.editor.close();
        office.editor.close();
    }

    @Test
    void takingTheirsFromTheConflictIsNotSharedWithTheOthers() {
        Database database = new Database();
        TopicId topic = topic("take-theirs");
        Person chair = new Person(database, CHAIR, "chair");
        Person office = new Person(database, OFFICE, "office");
        chair.editor.open(topic, database.stored.get());
        office.editor.open(topic, database.stored.get());
        roundtrips();
        chair.title.setValue("Wat de voorzitter typt");
        roundtrips();
        database.saveBehindTheirBacks("Titel uit een ander venster", "Lid HAZ");

        chair.editor.save();
        assertThat(_get(Dialog.class, spec -> spec.withId("chair-conflict")).isOpened()).isTrue();
        assertThat(chair.state.getElement().getAttribute("data-state")).isEqualTo("conflict");
        _click(_get(Button.class, spec -> spec.withId("chair-take-theirs")));
        roundtrips();

        assertThat(chair.title.getValue()).isEqualTo("Titel uit een ander venster");
        assertThat(chair.state.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(office.title.getValue()).as("what the chair took is not put on the topic again")
                .isEqualTo("Wat de voorzitter typt");
        chair.editor.close();
        office.editor.close();
    }

    @Test
    void aRefusalNamingAFieldIsShownAtThatField() {
        Database database = new Database();
        Person chair = new Person(database, CHAIR, "chair");
        chair.editor.open(topic("refusal"), database.stored.get());
        roundtrips();
        chair.title.setValue("   ");
        database.refusal = new DomainException("title", "validation.required");

        chair.editor.save();

        assertThat(chair.title.isInvalid()).isTrue();
        assertThat(chair.title.getErrorMessage()).isEqualTo("Dit veld is verplicht");
        assertThat(chair.state.getElement().getAttribute("data-state")).isEqualTo("dirty");
        chair.editor.close();
    }

    // ---- no lost typing (issue 10.3): what the browser kept is offered back, never over a newer save ----

    private static String draft(long base, String title) {
        return "{\"base\":" + base + ",\"values\":{\"title\":\"" + title + "\"}}";
    }

    @Test
    void typingKeptAgainstTheSavedVersionIsRestoredIntoTheFieldsAndSaved() {
        Database database = new Database();
        MemoryDrafts browser = new MemoryDrafts();
        Person chair = openedAfterRestart(database, browser, "draft-same", "voorzitter", "Getypt voor de herstart");
        Dialog offer = _get(Dialog.class, spec -> spec.withId("draft-restore"));
        assertThat(offer.getHeaderTitle()).isEqualTo("Niet opgeslagen wijzigingen herstellen?");
        _click(_get(Button.class, spec -> spec.withId("draft-restore-yes")));

        assertThat(chair.title.getValue()).isEqualTo("Getypt voor de herstart");
        assertThat(chair.state.getElement().getAttribute("data-state")).isEqualTo("dirty");
        chair.editor.save();
        assertThat(database.stored.get().title()).isEqualTo("Getypt voor de herstart");
        assertThat(browser.kept).as("saved, so nothing left to keep").isEmpty();
        chair.editor.close();
    }

    @Test
    void typingKeptAgainstAnOlderVersionGoesThroughTheConflictDialog() {
        Database database = new Database();
        database.saveBehindTheirBacks("Later opgeslagen door een ander", "Lid HAZ");
        MemoryDrafts browser = new MemoryDrafts();
        Person chair = openedAfterRestart(database, browser, "draft-older", "voorzitter", "Getypt voor de herstart");
        _click(_get(Button.class, spec -> spec.withId("draft-restore-yes")));

        assertThat(_get(Dialog.class, spec -> spec.withId("chair-conflict")).isOpened()).isTrue();
        assertThat(chair.title.getValue()).as("the newer saved value is not overwritten unasked")
                .isEqualTo("Later opgeslagen door een ander");
        assertThat(database.stored.get().title()).isEqualTo("Later opgeslagen door een ander");
        _click(_get(Button.class, spec -> spec.withId("chair-keep-mine")));
        assertThat(database.stored.get().title()).isEqualTo("Getypt voor de herstart");
        assertThat(chair.title.getValue()).isEqualTo("Getypt voor de herstart");
        chair.editor.close();
    }

    @Test
    void typingKeptAgainstAnOlderVersionCanBeLetGoForTheSavedOne() {
        Database database = new Database();
        database.saveBehindTheirBacks("Later opgeslagen door een ander", "Lid HAZ");
        MemoryDrafts browser = new MemoryDrafts();
        Person chair = openedAfterRestart(database, browser, "draft-theirs", "voorzitter", "Getypt voor de herstart");
        _click(_get(Button.class, spec -> spec.withId("draft-restore-yes")));
        _click(_get(Button.class, spec -> spec.withId("chair-take-theirs")));

        assertThat(chair.title.getValue()).isEqualTo("Later opgeslagen door een ander");
        assertThat(database.stored.get().version()).isEqualTo(2);
        assertThat(browser.kept).isEmpty();
        chair.editor.close();
    }

    @Test
    void keptValuesThatAreSavedAnywayAreNotOffered() {
        Database database = new Database();
        MemoryDrafts browser = new MemoryDrafts();
        Person chair = openedAfterRestart(database, browser, "draft-equal", "voorzitter", "Eerste titel");

        assertThat(_find(Dialog.class, spec -> spec.withId("draft-restore"))).isEmpty();
        assertThat(browser.kept).isEmpty();
        chair.editor.close();
    }

    @Test
    void anotherUsersKeptTypingIsNotOffered() {
        Database database = new Database();
        MemoryDrafts browser = new MemoryDrafts();
        Person chair = openedAfterRestart(database, browser, "draft-other-user", "programmabureau", "Van iemand anders");

        assertThat(_find(Dialog.class, spec -> spec.withId("draft-restore"))).isEmpty();
        assertThat(chair.title.getValue()).isEqualTo("Eerste titel");
        chair.editor.close();
    }

    /**
     * The chair opens the editor on a fresh topic in a browser that kept {@code keptBy}'s typing ({@code keptTitle},
     * made against version 1) from before a restart.
     */
    private Person openedAfterRestart(Database database, MemoryDrafts browser, String topicName, String keptBy, String keptTitle) {
        TopicId topic = topic(topicName);
        browser.kept.put("tafelwerk.draft." + keptBy + "." + topic.value(), draft(1, keptTitle));
        Person chair = new Person(database, CHAIR, "chair", browser);
        chair.editor.open(topic, database.stored.get());
        roundtrips();
        return chair;
    }
}
