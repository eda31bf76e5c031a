package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.Endorsement;
import nl.tafelwerk.advice.SectorPosition;
import nl.tafelwerk.advice.Stance;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/** The sectors' positions on an advice: each stance with its reason, who set it and when, the sectors still missing, and the form for the user's own sector. */
final class AdvicePositionsPanel extends Div {

    private final AdviceService service;
    private final AuthenticatedUser user;
    private final Runnable recorded;

    /** {@code recorded} runs after this user recorded their sector's position. */
    AdvicePositionsPanel(AdviceService service, AuthenticatedUser user, Runnable recorded) {
        this.service = service;
        this.user = user;
        this.recorded = recorded;
        setId("advice-endorsement");
    }

    void show(Advice advice) {
        removeAll();
        add(new H3(getTranslation("adviceui.endorsement.heading")));
        Endorsement endorsement = service.endorsement(advice.id());
        Grid<SectorPosition> grid = new Grid<>();
        grid.setId("advice-positions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(SectorPosition::sectorCode).setHeader(getTranslation("adviceui.endorsement.sector")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> AdviceBadges.stance(p.stance(), this::getTranslation)).setHeader(getTranslation("adviceui.endorsement.stance"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.reason() + " (" + p.setByName() + ", " + DateTimes.dateTime(getLocale(), p.setAt()) + ")")
                .setHeader(getTranslation("adviceui.endorsement.reason")).setFlexGrow(1);
        grid.setItems(endorsement.positions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("adviceui.endorsement.empty"));
        add(grid);
        Paragraph missing = new Paragraph(endorsement.missingSectors().isEmpty() ? getTranslation("adviceui.endorsement.complete")
                : getTranslation("adviceui.endorsement.missing", String.join(", ", endorsement.missingSectors())));
        missing.setId("advice-endorsement-missing");
        if (!endorsement.missingSectors().isEmpty() && user.role() == nl.tafelwerk.identity.Role.CHAIR) {
            missing.addClassName("tw-advice-outdated");
        }
        add(missing);
        service.positionSector(advice).ifPresent(sector -> add(positionForm(advice, sector, endorsement)));
    }

    private Component positionForm(Advice advice, String sector, Endorsement endorsement) {
        Optional<SectorPosition> own = endorsement.positions().stream().filter(p -> p.sectorCode().equals(sector)).findFirst();
        RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("adviceui.endorsement.own", sector));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stance.setId("advice-position-stance");
        TextArea reason = new TextArea(getTranslation("adviceui.endorsement.reason"));
        reason.setId("advice-position-reason");
        FieldFeedback.limit(reason, SectorPosition.REASON_MAX);
        reason.setHelperText(getTranslation("adviceui.endorsement.reasonHelp"));
        own.ifPresent(p -> {
            stance.setValue(p.stance());
            reason.setValue(p.reason());
        });
        Button record = new Button(getTranslation("adviceui.endorsement.record"), e -> {
            FieldFeedback.clear(stance, reason);
            if (stance.getValue() == null) {
                FieldFeedback.show(getTranslation("validation.required"), stance);
                return;
            }
            try {
                service.setPosition(advice.id(), sector, stance.getValue(), reason.getValue());
                Notifications.success(getTranslation("adviceui.endorsement.recorded"));
                recorded.run();
            } catch (DomainException refused) {
                FieldFeedback.show(getTranslation(refused.messageKey(), refused.arguments()), "stance".equals(refused.field()) ? stance : reason);
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
            }
        });
        record.setId("advice-position-save");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(stance, reason, record);
        form.setPadding(false);
        form.setId("advice-position-form");
        return form;
    }
}
