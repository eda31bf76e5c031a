package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundItemRef;
import nl.tafelwerk.assessment.RoundOpening;
import nl.tafelwerk.assessment.RoundQuorum;
import nl.tafelwerk.assessment.RoundRevealMode;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;

/** The chair or programmabureau chooses items, framework version, deadline, reveal mode, quorum and sectors. */
class RoundOpenDialog extends Dialog {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    final TextField title = new TextField();
    final MultiSelectComboBox<RoundItem> items = new MultiSelectComboBox<>();
    final Select<FrameworkVersion> framework = new Select<>();
    final DateTimePicker deadline = new DateTimePicker();
    final RadioButtonGroup<RoundRevealMode> revealMode = new RadioButtonGroup<>();
    final Select<RoundQuorum> quorum = new Select<>();
    final CheckboxGroup<String> sectors = new CheckboxGroup<>();

    RoundOpenDialog(RoundService service, Consumer<ScoringRound> opened) {
        setHeaderTitle(getTranslation("round.open.title"));
        setId("round-open-dialog");
        setWidth("min(95vw, 48rem)");
        title.setLabel(getTranslation("round.title"));
        title.setId("round-open-title");
        FieldFeedback.limit(title, RoundOpening.TITLE_MAX);
        items.setLabel(getTranslation("round.items"));
        items.setId("round-open-items");
        items.setItems(service.candidates());
        items.setItemLabelGenerator(i -> getTranslation(i.kind().messageKey()) + " " + i.label());
        items.setWidthFull();
        framework.setLabel(getTranslation("round.framework"));
        framework.setId("round-open-framework");
        List<FrameworkVersion> versions = service.frameworkVersions();
        framework.setItems(versions);
        framework.setItemLabelGenerator(v -> getTranslation("round.framework.version", v.number()));
        if (!versions.isEmpty()) {
            framework.setValue(versions.getFirst());
        }
        deadline.setLabel(getTranslation("round.deadline"));
        deadline.setId("round-open-deadline");
        deadline.setLocale(getLocale());
        deadline.setValue(LocalDateTime.now(AMSTERDAM).plusDays(7).truncatedTo(ChronoUnit.HOURS));
        revealMode.setLabel(getTranslation("round.revealMode"));
        revealMode.setId("round-open-reveal");
        revealMode.setItems(RoundRevealMode.values());
        revealMode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        revealMode.setValue(RoundRevealMode.NAMED);
        quorum.setLabel(getTranslation("round.quorum"));
        quorum.setId("round-open-quorum");
        quorum.setItems(RoundQuorum.values());
        quorum.setItemLabelGenerator(q -> getTranslation(q.messageKey()));
        quorum.setValue(RoundQuorum.EVERY_SECTOR);
        sectors.setLabel(getTranslation("round.sectors"));
        sectors.setHelperText(getTranslation("round.sectors.help"));
        sectors.setId("round-open-sectors");
        sectors.setItems(service.memberSectors());
        FormLayout form = new FormLayout(title, items, framework, deadline, revealMode, quorum, sectors);
        form.setColspan(title, 2);
        form.setColspan(items, 2);
        form.setColspan(sectors, 2);
        add(form);

        Map<String, HasValidation> fields = new HashMap<>(Map.of("title", title, "items", items, "framework", framework,
                "deadline", deadline, "revealMode", revealMode, "quorum", quorum, "sectors", sectors));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("round.open.action"), e -> {
            FieldFeedback.clear(fields.values().toArray(HasValidation[]::new));
            try {
                LocalDateTime local = deadline.getValue();
                FrameworkVersion version = framework.getValue();
                if (version == null) {
                    throw new DomainException("framework", "round.framework.unknown");
                }
                if (local == null) {
                    throw new DomainException("deadline", "round.deadline.past");
                }
                RoundOpening opening = new RoundOpening(title.getValue(),
                        items.getSelectedItems().stream().map(i -> new RoundItemRef(i.kind(), i.code())).toList(),
                        version.id(), local.atZone(AMSTERDAM).toInstant(), revealMode.getValue(), quorum.getValue(),
                        Set.copyOf(sectors.getSelectedItems()));
                ScoringRound round = service.open(opening);
                close();
                Notifications.success(getTranslation("round.open.done", round.title()));
                opened.accept(round);
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()), ex.field() == null ? null : fields.get(ex.field()));
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("round-open-confirm");
        getFooter().add(cancel, ok);
    }
}
