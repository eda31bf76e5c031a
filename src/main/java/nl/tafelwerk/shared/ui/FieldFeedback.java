package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/** How every form reports a refusal and limits text, so all views behave alike. */
public final class FieldFeedback {

    private FieldFeedback() {
    }

    /** Shows the message beside the field it concerns, or as a notification when it concerns no field. */
    public static void show(String message, @Nullable HasValidation field) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notifications.error(message);
        }
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    /**
     * One more character than allowed can be typed, so an over-long paste is shown and refused with a
     * message instead of being cut off silently; values are sent as they are typed (for co-editing).
     */
    public static void limit(TextField field, int max) {
        field.setMaxLength(max + 1);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
    }

    public static void limit(TextArea field, int max) {
        field.setMaxLength(max + 1);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
    }
}
