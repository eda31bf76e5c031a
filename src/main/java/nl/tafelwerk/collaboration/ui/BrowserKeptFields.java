package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.HasListDataView;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser needs to keep a choice made while the server is away (DD030): which property a field
 * is ({@code data-draft-property}), what kind of value it holds ({@code data-draft-kind}: {@code date},
 * {@code integer}, {@code checkbox}, {@code one} or {@code many} of a list) and, for a list, the JSON of each item by the
 * label the user sees ({@code data-draft-labels}). The browser reads the chosen labels and keeps their JSON,
 * exactly as the server would have kept it; labels, because the keys the client knows items by are
 * handed out per session and mean nothing after a restart.
 */
final class BrowserKeptFields {

    private BrowserKeptFields() {
    }

    /** Marks every field the browser can keep by itself; text fields are marked by the editor already. */
    static void describe(CoEditedForm<?> form) {
        for (String property : form.properties()) {
            form.field(property).ifPresent(field -> describe(form, property, (Component) field));
        }
    }

    private static void describe(CoEditedForm<?> form, String property, Component field) {
        Optional<String> kind = kindOf(field);
        if (kind.isEmpty()) {
            return;
        }
        field.getElement().setAttribute("data-draft-property", property);
        field.getElement().setAttribute("data-draft-kind", kind.get());
        if (kind.get().equals("one") || kind.get().equals("many")) {
            field.getElement().setAttribute("data-draft-labels", labels(form, property, field));
        }
    }

    private static Optional<String> kindOf(Component field) {
        return switch (field) {
            case DatePicker ignored -> Optional.of("date");
            case IntegerField ignored -> Optional.of("integer");
            case Checkbox ignored -> Optional.of("checkbox");
            case Select<?> ignored -> Optional.of("one");
            case ComboBox<?> ignored -> Optional.of("one");
            case RadioButtonGroup<?> ignored -> Optional.of("one");
            case MultiSelectComboBox<?> ignored -> Optional.of("many");
            case CheckboxGroup<?> ignored -> Optional.of("many");
            default -> Optional.empty();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String labels(CoEditedForm<?> form, String property, Component field) {
        ItemLabelGenerator generator = switch (field) {
            case Select<?> select -> select.getItemLabelGenerator();
            case ComboBox<?> combo -> combo.getItemLabelGenerator();
            case RadioButtonGroup<?> radio -> radio.getItemLabelGenerator();
            case MultiSelectComboBox<?> multi -> multi.getItemLabelGenerator();
            case CheckboxGroup<?> group -> group.getItemLabelGenerator();
            default -> String::valueOf;
        };
        ObjectNode byLabel = UnsavedDraft.JSON.createObjectNode();
        List<?> items = ((HasListDataView<?, ?>) field).getListDataView().getItems().toList();
        for (Object item : items) {
            @Nullable String label = generator == null ? String.valueOf(item) : generator.apply(item);
            if (label != null && !byLabel.has(label)) {
                byLabel.set(label, UnsavedDraft.JSON.valueToTree(form.itemAsJsonValue(property, item)));
            }
        }
        return byLabel.toString();
    }
}
