package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.AgendaExport;
import nl.tafelwerk.agenda.AgendaImport;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.Uploads;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Upload a CSV or XLSX file → preview of every row with its problems (rows with problems marked by
 * an icon, a text and a colour) → "Importeren", enabled only when every row is valid; the file is
 * then saved completely or not at all. Reading and saving run in the background with a progress bar
 * when the page has server push; without push they run at once.
 */
class AgendaImportDialog extends Dialog {

    private final AgendaImport agendaImport;
    private final AgendaBackgroundWork background;
    private final Consumer<Integer> imported;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph fileProblems = new Paragraph();
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<AgendaImport.Row> rows = new Grid<>();
    private final Button commit = new Button();
    private final Upload upload;
    private AgendaImport.@Nullable Preview preview;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    AgendaImportDialog(AgendaImport agendaImport, AgendaBackgroundWork background, Consumer<Integer> imported) {
        this.agendaImport = agendaImport;
        this.background = background;
        this.imported = imported;
        setId("agenda-import-dialog");
        setHeaderTitle(getTranslation("agenda.import.title"));
        setWidth("min(96vw, 72rem)");
        setCloseOnOutsideClick(false);

        Paragraph help = new Paragraph(getTranslation("agenda.import.help", AgendaImport.MAX_MEGABYTES, AgendaImport.MAX_ROWS,
                String.join(", ", AgendaImport.headers())));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Csv.write(List.of(AgendaImport.headers())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "vraagstukken-sjabloon.csv", AgendaExport.CSV_TYPE,
                    bytes.length);
        }), getTranslation("agenda.import.template"));
        template.setId("agenda-import-template");

        upload = Uploads.singleFile(this, AgendaImport.MAX_BYTES,
                (name, bytes) -> read(name, bytes, SecurityContextHolder.getContext()), this::showFileProblem);
        upload.setId("agenda-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> showFileProblem(getTranslation("agenda.import.rejected", AgendaImport.MAX_MEGABYTES)));

        progress.setIndeterminate(true);
        progress.setId("agenda-import-progress");
        progressText.setId("agenda-import-progress-text");
        progress.getElement().setAttribute("aria-label", getTranslation("agenda.import.reading"));
        showProgress(null);

        summary.setId("agenda-import-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        fileProblems.setId("agenda-import-file-problems");
        fileProblems.addClassName("tw-import-error");
        fileProblems.getElement().setAttribute("role", "alert");
        fileProblems.setVisible(false);

        onlyProblems.setLabel(getTranslation("agenda.import.onlyProblems"));
        onlyProblems.setId("agenda-import-only-problems");
        onlyProblems.setVisible(false);
        onlyProblems.addValueChangeListener(e -> showRows());

        rows.setId("agenda-import-rows");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.addColumn(AgendaImport.Row::row).setHeader(getTranslation("agenda.import.column.row")).setWidth("4.5rem").setFlexGrow(0);
        rows.addColumn(r -> r.code() == null ? "—" : r.code()).setHeader(getTranslation("agenda.field.code"))
                .setWidth("7rem").setFlexGrow(0);
        rows.addColumn(r -> r.draft().title()).setHeader(getTranslation("agenda.field.title")).setFlexGrow(2);
        rows.addColumn(r -> r.draft().type() == null ? "—" : getTranslation(r.draft().type().messageKey()))
                .setHeader(getTranslation("agenda.field.type")).setFlexGrow(1);
        rows.addColumn(r -> r.draft().submittedBySector() == null ? "—" : r.draft().submittedBySector())
                .setHeader(getTranslation("agenda.column.submitter")).setWidth("7rem").setFlexGrow(0);
        rows.addComponentColumn(this::problemsCell).setHeader(getTranslation("agenda.import.column.problems")).setKey("problems")
                .setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.isValid() ? null : "tw-import-row-error");
        rows.setHeight("22rem");
        rows.setVisible(false);
        rows.getElement().setAttribute("aria-label", getTranslation("agenda.import.title"));

        add(help, template, upload, progress, progressText, summary, fileProblems, onlyProblems, rows);

        commit.setText(getTranslation("agenda.import.commit"));
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setId("agenda-import-commit");
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("agenda-import-cancel");
        getFooter().add(cancel, commit);
    }

    private Span problemsCell(AgendaImport.Row row) {
        if (row.unchanged()) {
            Span same = new Span(VaadinIcon.MINUS.create(), new Span(getTranslation("agenda.import.unchanged")));
            same.addClassName("tw-muted");
            return same;
        }
        if (row.isValid()) {
            Span ok = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("agenda.import.ok")));
            ok.addClassName("tw-import-ok");
            return ok;
        }
        Span cell = new Span(VaadinIcon.WARNING.create(), new Span(row.problems().stream().map(this::message)
                .collect(Collectors.joining("; "))));
        cell.addClassName("tw-import-problem");
        return cell;
    }

    private String message(AgendaImport.Problem problem) {
        String text = getTranslation(problem.messageKey(), problem.args());
        return problem.column() == null ? text : getTranslation("agenda.import.problemInColumn", problem.column(), text);
    }

    private void read(String name, byte[] bytes, SecurityContext security) {
        fileName = name;
        content = bytes;
        preview = null;
        commit.setEnabled(false);
        inBackground(getTranslation("agenda.import.reading"), security, () -> agendaImport.preview(name, bytes), this::show);
    }

    private void show(AgendaImport.Preview result) {
        preview = result;
        fileProblems.setVisible(!result.fileProblems().isEmpty());
        fileProblems.setText(result.fileProblems().stream().map(this::message).collect(Collectors.joining(" ")));
        if (!result.fileProblems().isEmpty()) {
            summary.setText("");
        } else if (result.isValid()) {
            summary.setText(getTranslation("agenda.import.summary.valid", result.rows().size())
                    + (result.unchangedRows() == 0 ? "" : " " + getTranslation("agenda.import.summary.unchanged", result.unchangedRows())));
        } else {
            summary.setText(getTranslation("agenda.import.summary.invalid", result.rows().size(), result.invalidRows(),
                    result.problemCount()));
        }
        onlyProblems.setVisible(result.invalidRows() > 0);
        showRows();
        commit.setEnabled(result.isValid());
    }

    private void showRows() {
        AgendaImport.Preview p = preview;
        List<AgendaImport.Row> shown = p == null ? List.of()
                : onlyProblems.getValue() ? p.rows().stream().filter(r -> !r.isValid()).toList() : p.rows();
        rows.setItems(shown);
        rows.setVisible(p != null && !p.rows().isEmpty());
    }

    private void showFileProblem(String text) {
        preview = null;
        fileProblems.setText(text);
        fileProblems.setVisible(true);
        summary.setText("");
        showRows();
        commit.setEnabled(false);
    }

    private void commit() {
        String name = fileName;
        byte[] bytes = content;
        if (name == null || bytes == null || preview == null || !preview.isValid()) {
            return;
        }
        SecurityContext security = SecurityContextHolder.getContext();
        commit.setEnabled(false);
        upload.setEnabled(false);
        inBackground(getTranslation("agenda.import.saving"), security, () -> agendaImport.importFile(name, bytes), result -> {
            Notifications.success(getTranslation("agenda.import.done", result.codes().size()));
            close();
            imported.accept(result.codes().size());
        });
    }

    /**
     * Runs {@code work} as the user who started it, in the background with the progress bar visible
     * (see {@link AgendaBackgroundWork}). A refusal is shown in the dialog.
     */
    private <T> void inBackground(String what, SecurityContext security, Supplier<T> work, Consumer<T> done) {
        UI ui = UI.getCurrent();
        showProgress(what);
        background.run(ui, security, () -> {
            try {
                T result = work.get();
                background.onUi(ui, () -> {
                    showProgress(null);
                    upload.setEnabled(true);
                    done.accept(result);
                });
            } catch (DomainException e) {
                background.onUi(ui, () -> {
                    showProgress(null);
                    upload.setEnabled(true);
                    showFileProblem(getTranslation(e.messageKey(), e.arguments()));
                });
            } catch (RuntimeException e) {
                background.onUi(ui, () -> {
                    showProgress(null);
                    upload.setEnabled(true);
                    showFileProblem(getTranslation("agenda.import.failed"));
                });
                throw e;
            }
        });
    }

    private void showProgress(@Nullable String what) {
        progress.setVisible(what != null);
        progressText.setVisible(what != null);
        progressText.setText(what == null ? "" : what);
    }
}
