package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Niet opgeslagen wijzigingen herstellen?": the values this browser kept when the server went away. */
final class DraftOfferDialog extends Dialog {

    DraftOfferDialog(String fieldLabels, Runnable restore, Runnable discard) {
        setId("draft-restore");
        setHeaderTitle(getTranslation("draft.title"));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(getTranslation("draft.text", fieldLabels)));
        Button discardButton = new Button(getTranslation("draft.discard"), e -> {
            close();
            discard.run();
        });
        discardButton.setId("draft-restore-no");
        Button restoreButton = new Button(getTranslation("draft.restore"), e -> {
            close();
            restore.run();
        });
        restoreButton.setId("draft-restore-yes");
        restoreButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(discardButton, restoreButton);
    }
}
