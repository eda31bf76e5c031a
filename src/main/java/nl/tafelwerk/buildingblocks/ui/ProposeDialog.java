package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenTypes;
import nl.tafelwerk.buildingblocks.NewBouwsteen;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.DomainException;

/** A member proposes a bouwsteen; the chair or programme office adds one directly (confirmed). */
class ProposeDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<String> type = new ComboBox<>();
    private final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>();

    ProposeDialog(BouwsteenService service, List<SectorView> allSectors, boolean confirmsDirectly, Consumer<Bouwsteen> done) {
        setId("propose-dialog");
        setHeaderTitle(getTranslation(confirmsDirectly ? "bouwstenen.propose.add" : "bouwstenen.propose"));
        code.setLabel(getTranslation("bouwsteen.field.code"));
        code.setId("propose-code");
        code.setRequired(true);
        code.setMaxLength(Bouwsteen.CODE_MAX);
        code.setHelperText(getTranslation("bouwsteen.code.pattern"));
        name.setLabel(getTranslation("bouwsteen.field.name"));
        name.setId("propose-name");
        name.setRequired(true);
        name.setMaxLength(Bouwsteen.NAME_MAX + 1);
        description.setLabel(getTranslation("bouwsteen.field.description"));
        description.setId("propose-description");
        description.setMaxLength(Bouwsteen.DESCRIPTION_MAX + 1);
        type.setLabel(getTranslation("bouwsteen.field.type"));
        type.setId("propose-type");
        type.setRequired(true);
        type.setItems(BouwsteenTypes.ALL);
        type.setItemLabelGenerator(t -> getTranslation("bouwsteen.type." + t));
        sectors.setLabel(getTranslation("bouwsteen.field.sectors"));
        sectors.setId("propose-sectors");
        java.util.Map<String, String> labels = allSectors.stream()
                .collect(java.util.stream.Collectors.toMap(SectorView::code, SectorView::label));
        sectors.setItems(AllSectors.withSectors(allSectors.stream().map(SectorView::code).toList()));
        sectors.setItemLabelGenerator(c -> AllSectors.label(c, this::getTranslation, labels));
        FormLayout form = new FormLayout(code, name, type, sectors, description);
        form.setColspan(description, 2);
        form.setMaxWidth("44rem");
        add(form);
        if (!confirmsDirectly) {
            add(new Paragraph(getTranslation("bouwstenen.propose.memberNote")));
        }
        Button submit = new Button(getTranslation(confirmsDirectly ? "bouwstenen.propose.add" : "bouwstenen.propose.submit"), e -> {
            List.<HasValidation>of(code, name, type, sectors, description).forEach(f -> f.setInvalid(false));
            try {
                Bouwsteen saved = service.propose(new NewBouwsteen(code.getValue(), name.getValue(), description.getValue(),
                        type.getValue() == null ? "" : type.getValue(), List.copyOf(sectors.getValue())));
                close();
                done.accept(saved);
            } catch (DomainException problem) {
                HasValidation field = switch (problem.field() == null ? "" : problem.field()) {
                    case "code" -> code;
                    case "name" -> name;
                    case "type" -> type;
                    case "sectors" -> sectors;
                    default -> description;
                };
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                field.setInvalid(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("propose-submit");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, submit);
    }
}
