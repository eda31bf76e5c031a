package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelwerk.buildingblocks.BouwsteenExchange;
import nl.tafelwerk.buildingblocks.ImportPreview;
import nl.tafelwerk.buildingblocks.ImportProblem;
import nl.tafelwerk.buildingblocks.ImportRow;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.Uploads;
import org.jspecify.annotations.Nullable;

/** Upload → preview with row-level Dutch problems → import everything, or nothing. */
class ImportDialog extends Dialog {

    private final BouwsteenExchange exchange;
    private final Runnable imported;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Span fileProblems = new Span();
    private final Button commit = new Button();
    private final Checkbox onlyProblems = new Checkbox();
    private List<ImportRow> shown = List.of();
    private @Nullable String fileName;
    private byte @Nullable [] content;

    ImportDialog(BouwsteenExchange exchange, Runnable imported) {
        this.exchange = exchange;
        this.imported = imported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(95vw, 64rem)");
        add(new Paragraph(getTranslation("import.help")));
        Upload upload = Uploads.singleFile(this, BouwsteenExchange.MAX_BYTES, this::show, this::showRefusal);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> showRefusal(e.getErrorMessage()));
        onlyProblems.setLabel(getTranslation("import.onlyProblems"));
        onlyProblems.setId("import-only-problems");
        onlyProblems.setVisible(false);
        onlyProblems.addValueChangeListener(e -> showRows());
        add(upload, summary, fileProblems, onlyProblems);
        summary.setId("import-summary");
        fileProblems.addClassName("tw-error-text");
        fileProblems.setId("import-file-problems");
        rows.setId("import-rows");
        // a fixed width: auto width measures only the first rows, and row 1.234 would not fit
        rows.addColumn(ImportRow::rowNumber).setHeader(getTranslation("import.column.row")).setWidth("5.5rem").setFlexGrow(0);
        rows.addColumn(ImportRow::code).setHeader(getTranslation("bouwsteen.field.code")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("bouwsteen.field.name"));
        rows.addColumn(r -> getTranslation(r.isNew() ? "import.action.new" : "import.action.update"))
                .setHeader(getTranslation("import.column.action")).setAutoWidth(true);
        rows.addColumn(r -> r.problems().isEmpty() ? getTranslation("import.ok")
                        : r.problems().stream().map(this::message).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.column.problems")).setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.problems().isEmpty() ? null : "tw-row-error");
        // a fixed height keeps the grid lazy: all rows visible at once breaks down at some 500 rows
        rows.setHeight("24rem");
        rows.setVisible(false);
        add(rows);
        commit.setText(getTranslation("import.commit"));
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setId("import-commit");
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
    }

    /** Shows the preview of a file; public within the package so tests can feed a file without the upload. */
    void show(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        fileProblems.setText("");
        try {
            ImportPreview preview = exchange.preview(name, bytes);
            shown = preview.rows();
            onlyProblems.setVisible(preview.rows().stream().anyMatch(r -> !r.problems().isEmpty()));
            showRows();
            List<ImportProblem> general = preview.problems().stream().filter(p -> p.rowNumber() == 1).toList();
            fileProblems.setText(general.stream().map(this::message).collect(Collectors.joining("; ")));
            summary.setText(getTranslation("import.preview", preview.rows().size(), preview.newCount(),
                    preview.rows().size() - preview.newCount())
                    + (preview.isValid() ? "" : " " + getTranslation("import.problems", preview.problems().size())));
            commit.setEnabled(preview.isValid());
        } catch (DomainException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            shown = List.of();
            onlyProblems.setVisible(false);
            rows.setVisible(false);
            commit.setEnabled(false);
        }
    }

    private void showRows() {
        rows.setItems(onlyProblems.getValue() ? shown.stream().filter(r -> !r.problems().isEmpty()).toList() : shown);
        rows.setVisible(!shown.isEmpty());
    }

    private void showRefusal(String message) {
        fileName = null;
        content = null;
        shown = List.of();
        summary.setText(message);
        onlyProblems.setVisible(false);
        rows.setVisible(false);
        commit.setEnabled(false);
    }

    private void commit() {
        if (fileName == null || content == null) {
            return;
        }
        try {
            ImportPreview done = exchange.importFile(fileName, content);
            Notifications.success(getTranslation("import.done", done.rows().size()));
            close();
            imported.run();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            show(fileName, content);
        }
    }

    private String message(ImportProblem problem) {
        String text = getTranslation(problem.messageKey(), problem.arguments());
        return problem.rowNumber() <= 1 ? text : getTranslation("import.row.prefix", problem.rowNumber(), text);
    }
}
