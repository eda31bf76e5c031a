package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.tafelwerk.agenda.Lifecycle;
import nl.tafelwerk.agenda.LifecycleAction;

/** Asks the reason for a lifecycle step; the reason goes into the history. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();

    ReasonDialog(LifecycleAction action, Consumer<String> confirmed) {
        setHeaderTitle(getTranslation(action.messageKey()));
        setId("agenda-reason-dialog");
        add(new Paragraph(getTranslation("agenda.reason.explain", getTranslation(action.to().messageKey()))));
        reason.setLabel(getTranslation("agenda.reason"));
        reason.setRequiredIndicatorVisible(action.reasonRequired());
        reason.setMaxLength(Lifecycle.REASON_MAX + 1);
        reason.setWidth("min(90vw, 36rem)");
        reason.setId("agenda-reason");
        add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation(action.messageKey()), e -> {
            if (action.reasonRequired() && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("agenda.transition.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(reason.getValue());
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("agenda-reason-confirm");
        getFooter().add(cancel, ok);
    }
}
