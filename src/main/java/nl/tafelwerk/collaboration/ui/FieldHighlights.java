package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.fieldhighlighter.FieldHighlighterInitializer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coloured outline with a name tag around a field someone else is editing, drawn by Vaadin's
 * field-highlighter web component; it also tells us when the local user starts or stops editing.
 */
final class FieldHighlights extends FieldHighlighterInitializer {

    private FieldHighlights() {
    }

    /** Prepares the field and reports the local user's focus (with the sub-field index) and blur. */
    static Registration watch(Element field, SerializableConsumer<Integer> onEditing, Runnable onStopped) {
        Registration init = init(field);
        Registration show = field.addEventListener("vaadin-highlight-show", event -> {
            JsonNode detail = event.getEventData() == null ? null : event.getEventData().get("event.detail");
            onEditing.accept(detail != null && detail.has("fieldIndex") ? detail.get("fieldIndex").asInt() : 0);
        }).addEventData("event.detail");
        Registration hide = field.addEventListener("vaadin-highlight-hide", event -> onStopped.run());
        return Registration.combine(init, show, hide);
    }

    static void show(Element field, UserInfo user, int fieldIndex) {
        field.executeJs("customElements.get('vaadin-field-highlighter').addUser(this, $0)", editor(user, fieldIndex));
    }

    static void hide(Element field, UserInfo user, int fieldIndex) {
        field.executeJs("customElements.get('vaadin-field-highlighter').removeUser(this, $0)", editor(user, fieldIndex));
    }

    static void clear(Element field) {
        field.executeJs("customElements.get('vaadin-field-highlighter').setUsers(this, [])");
    }

    private static ObjectNode editor(UserInfo user, int fieldIndex) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", user.getId());
        json.put("name", Objects.toString(user.getName(), ""));
        json.put("colorIndex", CollaborationEngine.getInstance().getUserColorIndex(user));
        json.put("fieldIndex", fieldIndex);
        return json;
    }
}
