package nl.tafelwerk.collaboration;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.time.Duration;
import java.util.Map;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.collaboration.CoEditorTest.Database;
import nl.tafelwerk.collaboration.CoEditorTest.Item;
import nl.tafelwerk.collaboration.CoEditorTest.MemoryDrafts;
import nl.tafelwerk.collaboration.CoEditorTest.Values;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.MarkdownEditor;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Two people in one section of a co-edited item, with the section lock of DD043 and the Markdown editor. */
class SectionLockTest extends AbstractUiTest {

    private static final Collaborator CHAIR = new Collaborator("voorzitter", "Onafhankelijk voorzitter");
    private static final Collaborator MEMBER = new Collaborator("lid-haz", "Lid Huisartsenzorg");

    /** Short leases so the test sees them run out; the application uses 15 s and 3 s. */
    private final SectionLocks locks = new SectionLocks(Duration.ofMillis(600), Duration.ofMillis(150));

    /** One person's editor of the item's one section ("title"), written in the Markdown editor. */
    private final class Writer {
        final MarkdownEditor section = new MarkdownEditor("Analyse", 200, "analyse-" + System.nanoTime());
        final CoEditor<Item, Values> editor;
        final Div host = new Div(section);

        Writer(Database database, Collaborator me, TopicId topic) {
            CoEditorTest.Person store = new CoEditorTest.Person(database, me, "store-" + System.nanoTime());
            UI.getCurrent().add(host);
            editor = new CoEditor<>(host, Values.class, me, store, CoEditorTest.FIELDS, new SaveStateBadge("state-" + System.nanoTime()),
                    new CoEditor.ConflictTexts<>("c" + System.nanoTime(), "c-", item -> "", Item::savedBy, "agenda.conflict.sameValues"));
            section.bindTo(editor.form(), "title");
            editor.keepDraftsIn(new MemoryDrafts());
            editor.lockSections(locks, Map.of("title", section));
            editor.open(topic, database.stored.get());
        }

        TextArea text() {
            return section.textArea();
        }

        String lockNotice() {
            return section.getElement().getChild(0).getChild(1).getText();
        }

        boolean refusedShown() {
            return section.getElement().getChild(0).getChild(3).isVisible();
        }

        String refusedMessage() {
            return section.getElement().getChild(0).getChild(3).getChild(0).getText();
        }

        String refusedText() {
            return ((TextArea) section.getElement().getChild(0).getChild(3).getChild(1).getComponent().orElseThrow()).getValue();
        }

        boolean lockNoticeShown() {
            return section.getElement().getChild(0).getChild(1).isVisible();
        }

        void leaveField() {
            ComponentUtil.fireEvent(text(), new BlurNotifier.BlurEvent<>(text(), true));
        }
    }

    private static TopicId topic(String name) {
        return TopicId.item("section-lock-test", name + System.nanoTime());
    }

    @Test
    void theFirstToTypeHoldsTheSectionAndTheOtherReadsAlongLive() {
        Database database = new Database();
        TopicId topic = topic("live");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();

        _setValue(chair.text(), "De voorzitter schrijft");
        roundtrips();

        assertThat(member.text().getValue()).as("the holder's text streams in").isEqualTo("De voorzitter schrijft");
        assertThat(member.section.isLockedHere()).as("the other cannot type while the section is held").isTrue();
        assertThat(member.lockNoticeShown()).isTrue();
        assertThat(member.lockNotice()).isEqualTo("Onafhankelijk voorzitter schrijft in deze sectie");
        assertThat(chair.section.isLockedHere()).as("the holder keeps typing").isFalse();
        assertThat(chair.lockNoticeShown()).isFalse();

        _setValue(chair.text(), "De voorzitter schrijft verder");
        roundtrips();
        assertThat(member.text().getValue()).isEqualTo("De voorzitter schrijft verder");
        chair.editor.close();
        member.editor.close();
    }

    @Test
    void typingAtTheSameMomentRefusesTheSecondVisiblyAndKeepsTheFirstWhole() {
        Database database = new Database();
        TopicId topic = topic("race");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();

        // Both type before either hears of the other: the member's field is not read-only yet.
        _setValue(chair.text(), "Eerste zin van de voorzitter");
        _setValue(member.text(), "Zin van het lid");
        roundtrips();

        assertThat(chair.text().getValue()).as("the holder's text is not overwritten").isEqualTo("Eerste zin van de voorzitter");
        assertThat(member.text().getValue()).isEqualTo("Eerste zin van de voorzitter");
        assertThat(member.refusedText()).as("what the member typed is shown back, not lost").isEqualTo("Zin van het lid");
        assertThat(member.refusedShown()).isTrue();
        assertThat(member.refusedMessage())
                .startsWith("Niet overgenomen: Onafhankelijk voorzitter schreef al in deze sectie");
        chair.editor.close();
        member.editor.close();
    }

    @Test
    void aKeystrokeSentBeforeTheLockReachedTheBrowserIsRefusedVisiblyNotDropped() {
        Database database = new Database();
        TopicId topic = topic("in-flight");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();
        _setValue(chair.text(), "De voorzitter was net eerder");
        roundtrips();
        assertThat(member.section.isLockedHere()).as("the lock has reached the member's UI on the server").isTrue();

        // The member's browser had not heard of the lock yet: its keystroke arrives as the Flow client sends it.
        fromBrowser(member.text(), "De voorzitter was net eerder!");
        roundtrips();

        assertThat(chair.text().getValue()).as("the holder's text is not overwritten").isEqualTo("De voorzitter was net eerder");
        assertThat(member.text().getValue()).isEqualTo("De voorzitter was net eerder");
        assertThat(member.refusedShown()).as("the refusal is shown").isTrue();
        assertThat(member.refusedText()).as("the keystroke is shown back, not silently dropped").isEqualTo("!");
        chair.editor.close();
        member.editor.close();
    }

    /** A value as the Flow client sends it from the browser: through the element's property sync, not through setValue. */
    private static void fromBrowser(TextArea field, String value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void leavingTheFieldFreesTheSectionAfterAShortWhile() throws InterruptedException {
        Database database = new Database();
        TopicId topic = topic("blur");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();
        _setValue(chair.text(), "Klaar met deze sectie");
        roundtrips();
        assertThat(member.section.isLockedHere()).isTrue();

        chair.leaveField();
        Thread.sleep(400);
        roundtrips();

        assertThat(member.section.isLockedHere()).isFalse();
        assertThat(member.lockNoticeShown()).isFalse();
        _setValue(member.text(), "Klaar met deze sectie. Aanvulling van het lid");
        roundtrips();
        assertThat(chair.text().getValue()).isEqualTo("Klaar met deze sectie. Aanvulling van het lid");
        assertThat(chair.section.isLockedHere()).isTrue();
        assertThat(chair.lockNotice()).isEqualTo("Lid Huisartsenzorg schrijft in deze sectie");
        chair.editor.close();
        member.editor.close();
    }

    @Test
    void aHolderThatStopsAnsweringLosesTheSectionWhenTheLeaseRunsOut() throws InterruptedException {
        Database database = new Database();
        TopicId topic = topic("lease");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();
        _setValue(chair.text(), "Daarna viel de browser weg");
        roundtrips();
        assertThat(member.section.isLockedHere()).isTrue();

        // No blur, no close: the chair's browser is gone without a word.
        Thread.sleep(900);
        roundtrips();

        assertThat(member.section.isLockedHere()).isFalse();
        _setValue(member.text(), "Het lid gaat verder");
        roundtrips();
        assertThat(locks.held(topic).get("title").who()).isEqualTo(MEMBER);
        chair.editor.close();
        member.editor.close();
    }

    @Test
    void closingTheEditorFreesItsSectionsAtOnce() {
        Database database = new Database();
        TopicId topic = topic("close");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer member = new Writer(database, MEMBER, topic);
        roundtrips();
        _setValue(chair.text(), "Ik ga weg");
        roundtrips();
        assertThat(member.section.isLockedHere()).isTrue();

        UI.getCurrent().remove(chair.host);
        roundtrips();

        assertThat(member.section.isLockedHere()).isFalse();
        assertThat(locks.held(topic)).isEmpty();
        member.editor.close();
    }

    @Test
    void aLockNeverLiftsReadOnlyForSomeoneWhoMayNotWrite() throws InterruptedException {
        Database database = new Database();
        TopicId topic = topic("observer");
        Writer chair = new Writer(database, CHAIR, topic);
        Writer observer = new Writer(database, new Collaborator("waarnemer", "Waarnemer"), topic);
        observer.section.setReadOnly(true);
        roundtrips();
        _setValue(chair.text(), "Tekst");
        chair.leaveField();
        Thread.sleep(400);
        roundtrips();
        assertThat(observer.section.isLockedHere()).isTrue();
        assertThat(observer.text().isReadOnly()).as("read-only on the server too: what an observer's browser sends is dropped").isTrue();
        chair.editor.close();
        observer.editor.close();
    }

    @Test
    void aTooLongPasteIsRefusedAtTheFieldInDutchAndTheTextStays() {
        Database database = new Database();
        Writer chair = new Writer(database, CHAIR, topic("paste"));
        roundtrips();
        _setValue(chair.text(), "Wat er al stond");

        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.length", 10_485_760);
        _fireDomEvent(chair.text().getElement(), new DomEvent(chair.text().getElement(), "tw-paste-refused", data));

        assertThat(chair.text().isInvalid()).isTrue();
        assertThat(chair.text().getErrorMessage())
                .isEqualTo("Niet geplakt: de tekst zou 10.485.760 tekens worden, hoogstens 200 mag. Wat er stond, staat er nog.");
        assertThat(chair.text().getValue()).isEqualTo("Wat er al stond");
        assertThat(chair.text().getHelperText()).isEqualTo("15 van 200 tekens");
        chair.editor.close();
    }
}
