package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukType;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.Notifications;

/** Dien een vraagstuk in: title, type and sector; the rest is filled in the editor that opens next. */
class SubmitDialog extends Dialog {

    SubmitDialog(VraagstukService service, SectorService sectors, AuthenticatedUser user, Consumer<String> opened) {
        setHeaderTitle(getTranslation("agenda.new"));
        setId("agenda-submit-dialog");
        TextField title = new TextField(getTranslation("agenda.field.title"));
        title.setId("submit-title");
        title.setMaxLength(Vraagstuk.TITLE_MAX + 1);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        ComboBox<VraagstukType> type = new ComboBox<>();
        type.setLabel(getTranslation("agenda.field.type"));
        type.setItems(VraagstukType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setId("submit-type");
        type.setRequiredIndicatorVisible(true);
        ComboBox<SectorView> sector = new ComboBox<>(getTranslation("agenda.field.submittedBySector"));
        sector.setItems(sectors.all());
        sector.setItemLabelGenerator(SectorView::label);
        sector.setId("submit-sector");
        if (user.role() == Role.MEMBER && user.sectorCode() != null) {
            sectors.find(user.sectorCode()).ifPresent(sector::setValue);
            sector.setReadOnly(true);
        }
        FormLayout form = new FormLayout(title, type, sector);
        form.setColspan(title, 2);
        form.setWidth("min(90vw, 40rem)");
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button submit = new Button(getTranslation("agenda.submit"), e -> {
            title.setInvalid(false);
            type.setInvalid(false);
            try {
                Vraagstuk created = service.submit(VraagstukDraft.of(title.getValue(), type.getValue(),
                        sector.getValue() == null ? null : sector.getValue().code()));
                close();
                Notifications.success(getTranslation("agenda.submitted", created.code()));
                opened.accept(created.code());
            } catch (DomainException ex) {
                String message = getTranslation(ex.messageKey(), ex.arguments());
                if ("title".equals(ex.field())) {
                    title.setErrorMessage(message);
                    title.setInvalid(true);
                } else if ("type".equals(ex.field())) {
                    type.setErrorMessage(message);
                    type.setInvalid(true);
                } else {
                    Notifications.error(message);
                }
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-save");
        getFooter().add(cancel, submit);
    }
}
