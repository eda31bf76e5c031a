package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.FrameworkDraftFields;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.shared.EditableField;
import nl.tafelwerk.shared.FieldCatalogue;
import nl.tafelwerk.shared.ui.FieldFeedback;
import org.jspecify.annotations.Nullable;

/**
 * The draft's gates and criteria: one row per gate or criterion, each co-edited on a topic of its own under
 * the row's key, so a row added by one editor appears for the others without disturbing the rows they type in.
 * The rows follow the saved draft's rows (added, removed, moved) whenever it becomes this editor's base.
 */
final class FrameworkRows implements CoEditor.Part<FrameworkDraft> {

    /** What a row's buttons ask of the view: move up (−1) or down (+1), or remove. */
    interface Actions {
        void moveGate(long key, int step);

        void removeGate(long key);

        void moveCriterion(long key, int step);

        void removeCriterion(long key);
    }

    private static final FieldCatalogue<FrameworkGateForm> GATE_FIELDS =
            FrameworkDraftFields.GATE.readFrom(form -> form.toGate(0));
    private static final FieldCatalogue<FrameworkCriterionForm> CRITERION_FIELDS =
            FrameworkDraftFields.CRITERION.readFrom(form -> form.toCriterion(0));

    final VerticalLayout gateList = new VerticalLayout();
    final VerticalLayout criterionList = new VerticalLayout();
    private final TopicId topic;
    private final Collaborator me;
    private final boolean mayEdit;
    private final Actions actions;
    private final Runnable onChange;
    private final Map<Long, GateRow> gates = new LinkedHashMap<>();
    private final Map<Long, CriterionRow> criteria = new LinkedHashMap<>();

    FrameworkRows(TopicId topic, Collaborator me, boolean mayEdit, Actions actions, Runnable onChange) {
        this.topic = topic;
        this.me = me;
        this.mayEdit = mayEdit;
        this.actions = actions;
        this.onChange = onChange;
        for (VerticalLayout list : List.of(gateList, criterionList)) {
            list.setPadding(false);
            list.setSpacing(true);
            list.addClassName("tw-framework-rows");
        }
        gateList.setId("framework-gates");
        criterionList.setId("framework-criteria");
    }

    /** Makes the rows those of {@code draft}, in its order; a row that stays keeps what is typed in it. */
    void follow(FrameworkDraft draft) {
        sync(draft, false);
    }

    private void sync(FrameworkDraft draft, boolean showSaved) {
        List<Long> gateKeys = draft.gates().stream().map(FrameworkDraft.Gate::key).toList();
        gates.keySet().removeIf(key -> {
            if (!gateKeys.contains(key)) {
                gates.get(key).form.disconnect();
                return true;
            }
            return false;
        });
        Map<Long, GateRow> orderedGates = new LinkedHashMap<>();
        for (FrameworkDraft.Gate gate : draft.gates()) {
            GateRow row = gates.get(gate.key());
            if (row == null) {
                row = new GateRow(gate);
            } else if (showSaved) {
                row.form.showWithoutSharing(FrameworkGateForm.of(gate));
            }
            orderedGates.put(gate.key(), row);
        }
        gates.clear();
        gates.putAll(orderedGates);
        gateList.removeAll();
        gates.values().forEach(row -> gateList.add(row.card));

        List<Long> criterionKeys = draft.criteria().stream().map(FrameworkDraft.Criterion::key).toList();
        criteria.keySet().removeIf(key -> {
            if (!criterionKeys.contains(key)) {
                criteria.get(key).form.disconnect();
                return true;
            }
            return false;
        });
        Map<Long, CriterionRow> orderedCriteria = new LinkedHashMap<>();
        for (FrameworkDraft.Criterion criterion : draft.criteria()) {
            CriterionRow row = criteria.get(criterion.key());
            if (row == null) {
                row = new CriterionRow(criterion);
            } else if (showSaved) {
                row.form.showWithoutSharing(FrameworkCriterionForm.of(criterion));
            }
            orderedCriteria.put(criterion.key(), row);
        }
        criteria.clear();
        criteria.putAll(orderedCriteria);
        criterionList.removeAll();
        criteria.values().forEach(row -> criterionList.add(row.card));
        updateMoveButtons();
    }

    private void updateMoveButtons() {
        int i = 0;
        for (GateRow row : gates.values()) {
            row.up.setEnabled(mayEdit && i > 0);
            row.down.setEnabled(mayEdit && i < gates.size() - 1);
            i++;
        }
        i = 0;
        for (CriterionRow row : criteria.values()) {
            row.up.setEnabled(mayEdit && i > 0);
            row.down.setEnabled(mayEdit && i < criteria.size() - 1);
            row.remove.setEnabled(mayEdit && criteria.size() > 1);
            i++;
        }
    }

    /**
     * The rows whose typed values differ from {@code base}, the version this editor started from. Only these are
     * saved, so a save (also 'keep mine' after a conflict) never puts back rows someone else changed meanwhile.
     */
    List<FrameworkDraft.Gate> gatesChangedSince(FrameworkDraft base) {
        List<FrameworkDraft.Gate> typed = new ArrayList<>();
        for (FrameworkDraft.Gate saved : base.gates()) {
            GateRow row = gates.get(saved.key());
            if (row != null && !same(GATE_FIELDS, row.typed(), FrameworkGateForm.of(saved))) {
                typed.add(row.typed().toGate(saved.key()));
            }
        }
        return typed;
    }

    List<FrameworkDraft.Criterion> criteriaChangedSince(FrameworkDraft base) {
        List<FrameworkDraft.Criterion> typed = new ArrayList<>();
        for (FrameworkDraft.Criterion saved : base.criteria()) {
            CriterionRow row = criteria.get(saved.key());
            if (row != null && !same(CRITERION_FIELDS, row.typed(), FrameworkCriterionForm.of(saved))) {
                typed.add(row.typed().toCriterion(saved.key()));
            }
        }
        return typed;
    }

    /** After this user's save: the rows they did not change show what is saved now (perhaps someone else's). */
    void showSavedExcept(FrameworkDraft saved, java.util.Set<Long> changedHere) {
        follow(saved);
        saved.gates().stream().filter(g -> !changedHere.contains(g.key()))
                .forEach(g -> gates.get(g.key()).form.showWithoutSharing(FrameworkGateForm.of(g)));
        saved.criteria().stream().filter(c -> !changedHere.contains(c.key()))
                .forEach(c -> criteria.get(c.key()).form.showWithoutSharing(FrameworkCriterionForm.of(c)));
    }

    @Override
    public boolean differsFrom(FrameworkDraft draft) {
        if (!List.copyOf(gates.keySet()).equals(draft.gates().stream().map(FrameworkDraft.Gate::key).toList())
                || !List.copyOf(criteria.keySet()).equals(draft.criteria().stream().map(FrameworkDraft.Criterion::key).toList())) {
            return true;
        }
        for (FrameworkDraft.Gate gate : draft.gates()) {
            if (!same(GATE_FIELDS, gates.get(gate.key()).typed(), FrameworkGateForm.of(gate))) {
                return true;
            }
        }
        for (FrameworkDraft.Criterion criterion : draft.criteria()) {
            if (!same(CRITERION_FIELDS, criteria.get(criterion.key()).typed(), FrameworkCriterionForm.of(criterion))) {
                return true;
            }
        }
        return false;
    }

    private static <F> boolean same(FieldCatalogue<F> fields, F a, F b) {
        for (EditableField<F> field : fields.fields()) {
            if (!EditableField.same(field.value(a), field.value(b))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean validate() {
        boolean valid = true;
        for (GateRow row : gates.values()) {
            valid &= row.form.binder().validate().isOk();
        }
        for (CriterionRow row : criteria.values()) {
            valid &= row.form.binder().validate().isOk();
        }
        return valid;
    }

    @Override
    public void show(FrameworkDraft draft) {
        sync(draft, true);
    }

    /** {@code gates.<key>.<field>} or {@code criteria.<key>.<field>}: the input of that row. */
    @Override
    public @Nullable HasValidation fieldFor(String refusedField) {
        String[] parts = refusedField.split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d+")) {
            return null;
        }
        long key = Long.parseLong(parts[1]);
        CoEditedForm<?> form = switch (parts[0]) {
            case "gates" -> gates.containsKey(key) ? gates.get(key).form : null;
            case "criteria" -> criteria.containsKey(key) ? criteria.get(key).form : null;
            default -> null;
        };
        return form == null ? null : form.field(parts[2]).filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast).orElse(null);
    }

    void clearErrors() {
        gates.values().forEach(row -> row.form.properties().forEach(p -> row.form.field(p)
                .filter(HasValidation.class::isInstance).ifPresent(f -> ((HasValidation) f).setInvalid(false))));
        criteria.values().forEach(row -> row.form.properties().forEach(p -> row.form.field(p)
                .filter(HasValidation.class::isInstance).ifPresent(f -> ((HasValidation) f).setInvalid(false))));
    }

    // ---------------------------------------------------------------- rows

    private Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(button.getTranslation(labelKey));
        button.setTooltipText(button.getTranslation(labelKey));
        button.setId(id);
        button.setVisible(mayEdit);
        return button;
    }

    private static void textField(TextField field, String label, String id, int max) {
        field.setLabel(label);
        field.setId(id);
        FieldFeedback.limit(field, max);
    }

    private void listen(CoEditedForm<?> form) {
        form.onFieldChange(property -> onChange.run());
    }

    private final class GateRow {
        final Div card = new Div();
        final TextField code = new TextField();
        final TextField name = new TextField();
        final TextArea description = new TextArea();
        final CoEditedForm<FrameworkGateForm> form = new CoEditedForm<>(FrameworkGateForm.class, me);
        final Button up;
        final Button down;

        GateRow(FrameworkDraft.Gate gate) {
            long key = gate.key();
            String id = "framework-gate-" + key;
            textField(code, card.getTranslation("framework.field.code"), id + "-code", FrameworkDraft.CODE_MAX);
            code.setWidth("9rem");
            textField(name, card.getTranslation("framework.field.name"), id + "-name", FrameworkDraft.NAME_MAX);
            description.setLabel(card.getTranslation("framework.field.description"));
            description.setId(id + "-description");
            FieldFeedback.limit(description, FrameworkDraft.DESCRIPTION_MAX);
            form.forField(code).asRequired(card.getTranslation("validation.required")).bind("code");
            form.forField(name).asRequired(card.getTranslation("validation.required"))
                    .withValidator(v -> v.strip().length() <= FrameworkDraft.NAME_MAX,
                            card.getTranslation("validation.tooLong", FrameworkDraft.NAME_MAX))
                    .bind("name");
            form.forField(description)
                    .withValidator(v -> v.strip().length() <= FrameworkDraft.DESCRIPTION_MAX,
                            card.getTranslation("validation.tooLong", FrameworkDraft.DESCRIPTION_MAX))
                    .bind("description");
            form.binder().setReadOnly(!mayEdit);
            up = iconButton(VaadinIcon.ARROW_UP, "framework.row.up", id + "-up", () -> actions.moveGate(key, -1));
            down = iconButton(VaadinIcon.ARROW_DOWN, "framework.row.down", id + "-down", () -> actions.moveGate(key, 1));
            Button remove = iconButton(VaadinIcon.TRASH, "framework.gate.remove", id + "-remove", () -> actions.removeGate(key));
            HorizontalLayout head = new HorizontalLayout(code, name, up, down, remove);
            head.setWidthFull();
            head.expand(name);
            head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            card.add(head, description);
            card.addClassName("tw-framework-row");
            card.setId(id);
            form.connect(topic.child("gate").child(String.valueOf(key)), () -> FrameworkGateForm.of(gate));
            listen(form);
        }

        FrameworkGateForm typed() {
            FrameworkGateForm typed = new FrameworkGateForm();
            typed.setCode(code.getValue());
            typed.setName(name.getValue());
            typed.setDescription(description.getValue());
            return typed;
        }
    }

    private final class CriterionRow {
        final Div card = new Div();
        final TextField code = new TextField();
        final TextField name = new TextField();
        final TextArea description = new TextArea();
        final TextField scale = new TextField();
        final TextField weight = new TextField();
        final Select<WsjfPart> part = new Select<>();
        final CoEditedForm<FrameworkCriterionForm> form = new CoEditedForm<>(FrameworkCriterionForm.class, me);
        final Button up;
        final Button down;
        final Button remove;

        CriterionRow(FrameworkDraft.Criterion criterion) {
            long key = criterion.key();
            String id = "framework-criterion-" + key;
            textField(code, card.getTranslation("framework.field.code"), id + "-code", FrameworkDraft.CODE_MAX);
            code.setWidth("9rem");
            textField(name, card.getTranslation("framework.field.name"), id + "-name", FrameworkDraft.NAME_MAX);
            description.setLabel(card.getTranslation("framework.field.description"));
            description.setId(id + "-description");
            FieldFeedback.limit(description, FrameworkDraft.DESCRIPTION_MAX);
            scale.setLabel(card.getTranslation("framework.field.scale"));
            scale.setHelperText(card.getTranslation("framework.field.scale.help"));
            scale.setId(id + "-scale");
            scale.setValueChangeMode(ValueChangeMode.EAGER);
            scale.setMaxLength(200);
            weight.setLabel(card.getTranslation("framework.field.weight"));
            weight.setId(id + "-weight");
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            weight.setMaxLength(12);
            weight.setWidth("7rem");
            part.setLabel(card.getTranslation("framework.field.part"));
            part.setItems(WsjfPart.values());
            part.setItemLabelGenerator(p -> p == null ? "" : card.getTranslation(p.messageKey()));
            part.setId(id + "-part");
            form.forField(code).asRequired(card.getTranslation("validation.required")).bind("code");
            form.forField(name).asRequired(card.getTranslation("validation.required"))
                    .withValidator(v -> v.strip().length() <= FrameworkDraft.NAME_MAX,
                            card.getTranslation("validation.tooLong", FrameworkDraft.NAME_MAX))
                    .bind("name");
            form.forField(description)
                    .withValidator(v -> v.strip().length() <= FrameworkDraft.DESCRIPTION_MAX,
                            card.getTranslation("validation.tooLong", FrameworkDraft.DESCRIPTION_MAX))
                    .bind("description");
            form.forField(scale).asRequired(card.getTranslation("framework.scale.empty")).bind("scale");
            form.forField(weight).asRequired(card.getTranslation("validation.required"))
                    .withValidator(FrameworkNumbers::valid, card.getTranslation("framework.number.format"))
                    .bind("weight");
            // not asRequired: its indicator makes vaadin-select put aria-required on its value button, which that
            // role does not allow (axe, critical); the select always holds a part, so the check is enough
            form.forField(part).withValidator(java.util.Objects::nonNull, card.getTranslation("validation.required")).bind("part");
            form.binder().setReadOnly(!mayEdit);
            up = iconButton(VaadinIcon.ARROW_UP, "framework.row.up", id + "-up", () -> actions.moveCriterion(key, -1));
            down = iconButton(VaadinIcon.ARROW_DOWN, "framework.row.down", id + "-down", () -> actions.moveCriterion(key, 1));
            remove = iconButton(VaadinIcon.TRASH, "framework.criterion.remove", id + "-remove",
                    () -> actions.removeCriterion(key));
            HorizontalLayout head = new HorizontalLayout(code, name, up, down, remove);
            head.setWidthFull();
            head.expand(name);
            head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            FormLayout numbers = new FormLayout(scale, weight, part);
            numbers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
            card.add(head, description, numbers);
            card.addClassName("tw-framework-row");
            card.setId(id);
            form.connect(topic.child("criterion").child(String.valueOf(key)), () -> FrameworkCriterionForm.of(criterion));
            listen(form);
        }

        FrameworkCriterionForm typed() {
            FrameworkCriterionForm typed = new FrameworkCriterionForm();
            typed.setCode(code.getValue());
            typed.setName(name.getValue());
            typed.setDescription(description.getValue());
            typed.setScale(scale.getValue());
            typed.setWeight(weight.getValue());
            typed.setPart(part.getValue());
            return typed;
        }
    }
}
