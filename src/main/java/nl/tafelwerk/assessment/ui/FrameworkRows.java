package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.function.SerializableSupplier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
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
        syncRows(gates, gateList, draft.gates(), FrameworkDraft.Gate::key, GateRow::new,
                showSaved ? (row, gate) -> row.form.showWithoutSharing(FrameworkGateForm.of(gate)) : null);
        syncRows(criteria, criterionList, draft.criteria(), FrameworkDraft.Criterion::key, CriterionRow::new,
                showSaved ? (row, criterion) -> row.form.showWithoutSharing(FrameworkCriterionForm.of(criterion)) : null);
        updateMoveButtons();
    }

    /** Rows that left the draft are disconnected, new ones made; a row that stays keeps its input (or shows the saved). */
    private static <T, R extends Row<?>> void syncRows(Map<Long, R> rows, VerticalLayout list, List<T> items,
                                                      Function<T, Long> keyOf, Function<T, R> create,
                                                      @Nullable BiConsumer<R, T> showSaved) {
        List<Long> keys = items.stream().map(keyOf).toList();
        rows.keySet().removeIf(key -> {
            if (!keys.contains(key)) {
                rows.get(key).form.disconnect();
                return true;
            }
            return false;
        });
        Map<Long, R> ordered = new LinkedHashMap<>();
        for (T item : items) {
            R row = rows.get(keyOf.apply(item));
            if (row == null) {
                row = create.apply(item);
            } else if (showSaved != null) {
                showSaved.accept(row, item);
            }
            ordered.put(keyOf.apply(item), row);
        }
        rows.clear();
        rows.putAll(ordered);
        list.removeAll();
        rows.values().forEach(row -> list.add(row.card));
    }

    private void updateMoveButtons() {
        enableButtons(gates.values(), true);
        enableButtons(criteria.values(), criteria.size() > 1);
    }

    private void enableButtons(java.util.Collection<? extends Row<?>> rows, boolean removable) {
        int i = 0;
        for (Row<?> row : rows) {
            row.up.setEnabled(mayEdit && i > 0);
            row.down.setEnabled(mayEdit && i < rows.size() - 1);
            row.remove.setEnabled(mayEdit && removable);
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
        for (Row<?> row : allRows()) {
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
        allRows().forEach(row -> row.form.properties().forEach(p -> row.form.field(p)
                .filter(HasValidation.class::isInstance).ifPresent(f -> ((HasValidation) f).setInvalid(false))));
    }

    private List<Row<?>> allRows() {
        List<Row<?>> rows = new ArrayList<>(gates.values());
        rows.addAll(criteria.values());
        return rows;
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

    /**
     * What a gate row and a criterion row share: code, name and description with their checks, the move and remove
     * buttons, and the form co-edited on the row's own topic ({@code <kind>/<key>}).
     */
    private abstract class Row<F> {
        final Div card = new Div();
        final TextField code = new TextField();
        final TextField name = new TextField();
        final TextArea description = new TextArea();
        final CoEditedForm<F> form;
        final String kind;
        final long key;
        final String id;
        final Button up;
        final Button down;
        final Button remove;

        Row(Class<F> type, String kind, long key, IntConsumer move, Runnable removeAction, String removeLabel) {
            this.kind = kind;
            this.key = key;
            form = new CoEditedForm<>(type, me);
            id = "framework-" + kind + "-" + key;
            up = iconButton(VaadinIcon.ARROW_UP, "framework.row.up", id + "-up", () -> move.accept(-1));
            down = iconButton(VaadinIcon.ARROW_DOWN, "framework.row.down", id + "-down", () -> move.accept(1));
            remove = iconButton(VaadinIcon.TRASH, removeLabel, id + "-remove", removeAction);
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
        }

        /** The head (code, name, buttons) and the rest below it; connects the form once every field is bound. */
        void finish(SerializableSupplier<@Nullable F> saved, Component... below) {
            form.binder().setReadOnly(!mayEdit);
            HorizontalLayout head = new HorizontalLayout(code, name, up, down, remove);
            head.setWidthFull();
            head.expand(name);
            head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            card.add(head, description);
            card.add(below);
            card.addClassName("tw-framework-row");
            card.setId(id);
            form.connect(topic.child(kind).child(String.valueOf(key)), saved);
            listen(form);
        }

        abstract F typed();
    }

    private final class GateRow extends Row<FrameworkGateForm> {

        GateRow(FrameworkDraft.Gate gate) {
            super(FrameworkGateForm.class, "gate", gate.key(), step -> actions.moveGate(gate.key(), step),
                    () -> actions.removeGate(gate.key()), "framework.gate.remove");
            finish(() -> FrameworkGateForm.of(gate));
        }

        @Override
        FrameworkGateForm typed() {
            FrameworkGateForm typed = new FrameworkGateForm();
            typed.setCode(code.getValue());
            typed.setName(name.getValue());
            typed.setDescription(description.getValue());
            return typed;
        }
    }

    private final class CriterionRow extends Row<FrameworkCriterionForm> {
        final TextField scale = new TextField();
        final TextField weight = new TextField();
        final Select<WsjfPart> part = new Select<>();

        CriterionRow(FrameworkDraft.Criterion criterion) {
            super(FrameworkCriterionForm.class, "criterion", criterion.key(), step -> actions.moveCriterion(criterion.key(), step),
                    () -> actions.removeCriterion(criterion.key()), "framework.criterion.remove");
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
            form.forField(scale).asRequired(card.getTranslation("framework.scale.empty")).bind("scale");
            form.forField(weight).asRequired(card.getTranslation("validation.required"))
                    .withValidator(FrameworkNumbers::valid, card.getTranslation("framework.number.format"))
                    .bind("weight");
            // not asRequired: its indicator makes vaadin-select put aria-required on its value button, which that
            // role does not allow (axe, critical); the select always holds a part, so the check is enough
            form.forField(part).withValidator(java.util.Objects::nonNull, card.getTranslation("validation.required")).bind("part");
            FormLayout numbers = new FormLayout(scale, weight, part);
            numbers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
            finish(() -> FrameworkCriterionForm.of(criterion), numbers);
        }

        @Override
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
