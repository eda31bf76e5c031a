package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.FrameworkDraftChange;
import nl.tafelwerk.assessment.FrameworkDraftConflictException;
import nl.tafelwerk.assessment.FrameworkHistoryEntry;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Afwegingskader: the draft of the next version, co-edited live by the chair and the programme office (field
 * highlights, save state, conflict dialog, comments, history); everyone else reads. Publishing makes it an
 * immutable version; the published versions and their differences are one click away.
 */
@Route("afwegingskader")
@PermitAll
@Menu(title = "nav.framework", order = 25, icon = "icons/framework.svg")
public class FrameworkView extends VerticalLayout implements HasDynamicTitle {

    static final TopicId TOPIC = TopicId.of("framework-draft");

    private final FrameworkService frameworks;
    private final boolean mayEdit;
    private final TextField legalObligationBoost = new TextField();
    private final TextField perDependentBoost = new TextField();
    private final SaveStateBadge saveState = new SaveStateBadge("framework-save-state");
    private final Paragraph basis = new Paragraph();
    private final VerticalLayout historyList = new VerticalLayout();
    private final FrameworkRows rows;
    private final CoEditor<FrameworkDraft, FrameworkDraftForm> editor;

    FrameworkView(FrameworkService frameworks, CommentService comments, CurrentUser currentUser) {
        this.frameworks = frameworks;
        AuthenticatedUser user = currentUser.require();
        Collaborator me = Collaborator.of(user);
        this.mayEdit = frameworks.mayEdit();
        addClassName("tw-framework");
        setSizeFull();

        this.editor = new CoEditor<>(this, FrameworkDraftForm.class, me, store(), FrameworkDraftForm.FIELDS, saveState,
                new CoEditor.ConflictTexts<>("framework-conflict", "framework-conflict-",
                        theirs -> getTranslation("framework.conflict", theirs.updatedBy()), FrameworkDraft::updatedBy,
                        "framework.conflict.rowsOnly"));
        this.rows = new FrameworkRows(TOPIC, me, mayEdit, rowActions(), editor::refreshState);
        editor.addPart(rows);
        editor.onSaved(saved -> Notifications.success(getTranslation("framework.saved")));
        editor.onNewVersion(this::showVersion);

        FrameworkDraft draft = frameworks.draft();
        configureBoosts();
        rows.follow(draft);
        editor.open(TOPIC, draft);

        H2 heading = new H2(getTranslation("framework.title"));
        heading.setId("framework-heading");
        PresenceAvatars avatars = editor.presence(getTranslation("framework.presence"));
        avatars.setId("framework-presence");
        HorizontalLayout top = new HorizontalLayout(heading, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);

        basis.setId("framework-basis");
        Anchor versions = new Anchor("afwegingskader/versies", getTranslation("framework.versions.link"));
        versions.setId("framework-versions-link");
        HorizontalLayout basisLine = new HorizontalLayout(basis, versions);
        basisLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        basisLine.setWrap(true);

        Button addGate = new Button(getTranslation("framework.gate.add"), VaadinIcon.PLUS.create(),
                e -> structural(frameworks::addGate));
        addGate.setId("framework-add-gate");
        Button addCriterion = new Button(getTranslation("framework.criterion.add"), VaadinIcon.PLUS.create(),
                e -> structural(frameworks::addCriterion));
        addCriterion.setId("framework-add-criterion");
        addGate.setVisible(mayEdit);
        addCriterion.setVisible(mayEdit);

        FormLayout boosts = new FormLayout(legalObligationBoost, perDependentBoost);
        boosts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("framework-save");
        Button publish = new Button(getTranslation("framework.publish"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> askPublish());
        publish.setId("framework-publish");
        HorizontalLayout buttons = new HorizontalLayout(save, publish);
        buttons.setVisible(mayEdit);

        historyList.setId("framework-history");
        historyList.setPadding(false);
        historyList.setSpacing(false);
        historyList.addClassName("tw-history");
        Details history = new Details(new H3(getTranslation("framework.history")), historyList);
        history.setWidthFull();

        VerticalLayout editorColumn = new VerticalLayout(basisLine,
                section("framework.gates", "framework.gates.help"), rows.gateList, addGate,
                section("framework.criteria", "framework.criteria.help"), rows.criterionList, addCriterion,
                section("framework.boosts", "framework.boosts.help"), boosts, buttons, history);
        editorColumn.setPadding(false);
        editorColumn.setWidth(null);
        editorColumn.addClassName("tw-framework-editor");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, TOPIC, user.canEdit());
        thread.setId("framework-comments");
        thread.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(editorColumn, thread);
        body.setWidthFull();
        body.setFlexGrow(3, editorColumn);
        body.setFlexGrow(2, thread);
        body.addClassName("tw-master-detail");
        add(top);
        if (!mayEdit) {
            Span readOnly = new Span(getTranslation("framework.readOnly"));
            readOnly.setId("framework-read-only");
            readOnly.addClassName("tw-muted");
            add(readOnly);
        }
        add(body);
        showVersion(draft);
    }

    private Div section(String titleKey, String helpKey) {
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassName("tw-muted");
        Div section = new Div(new H3(getTranslation(titleKey)), help);
        section.addClassName("tw-framework-section");
        return section;
    }

    private void configureBoosts() {
        legalObligationBoost.setLabel(getTranslation("framework.field.legalObligationBoost"));
        legalObligationBoost.setId("framework-legal-obligation-boost");
        perDependentBoost.setLabel(getTranslation("framework.field.perDependentBoost"));
        perDependentBoost.setId("framework-per-dependent-boost");
        for (TextField field : new TextField[] {legalObligationBoost, perDependentBoost}) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setMaxLength(12);
        }
        editor.form().forField(legalObligationBoost).asRequired(getTranslation("validation.required"))
                .withValidator(FrameworkNumbers::valid, getTranslation("framework.number.format"))
                .bind("legalObligationBoost");
        editor.form().forField(perDependentBoost).asRequired(getTranslation("validation.required"))
                .withValidator(FrameworkNumbers::valid, getTranslation("framework.number.format"))
                .bind("perDependentBoost");
        editor.form().binder().setReadOnly(!mayEdit);
    }

    private void save() {
        rows.clearErrors();
        editor.save();
    }

    /** A change to the list of rows; saved at once, it becomes everyone's base, and the typed values stay. */
    private void structural(Supplier<FrameworkDraft> step) {
        try {
            editor.savedElsewhere(step.get());
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private FrameworkRows.Actions rowActions() {
        return new FrameworkRows.Actions() {
            @Override
            public void moveGate(long key, int step) {
                structural(() -> frameworks.moveGate(key, step));
            }

            @Override
            public void removeGate(long key) {
                structural(() -> frameworks.removeGate(key));
            }

            @Override
            public void moveCriterion(long key, int step) {
                structural(() -> frameworks.moveCriterion(key, step));
            }

            @Override
            public void removeCriterion(long key) {
                structural(() -> frameworks.removeCriterion(key));
            }
        };
    }

    private void askPublish() {
        if (editor.hasUnsavedChanges()) {
            Notifications.error(getTranslation("framework.publish.saveFirst"));
            return;
        }
        FrameworkDraft draft = editor.current();
        int next = frameworks.all().stream().mapToInt(FrameworkVersion::number).max().orElse(0) + 1;
        Dialog dialog = new Dialog();
        dialog.setId("framework-publish-dialog");
        dialog.setHeaderTitle(getTranslation("framework.publish.title", next));
        dialog.add(new Paragraph(getTranslation("framework.publish.explain")));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("framework.publish"), e -> {
            dialog.close();
            publish(draft.version());
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("framework-publish-confirm");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void publish(long baseVersion) {
        try {
            FrameworkVersion published = frameworks.publish(baseVersion);
            editor.savedElsewhere(frameworks.draft());
            Notifications.success(getTranslation("framework.published", published.number()));
        } catch (FrameworkDraftConflictException conflict) {
            Notifications.error(getTranslation("framework.publish.stale", conflict.current().updatedBy()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (DomainException e) {
            String field = e.field();
            FieldFeedback.show(getTranslation(e.messageKey(), e.arguments()), field == null ? null : rows.fieldFor(field));
        }
    }

    /** Redraws what depends on the saved draft: its rows, the version it continues from and the history. */
    private void showVersion(FrameworkDraft draft) {
        rows.follow(draft);
        Integer based = draft.basedOnNumber();
        Optional<FrameworkVersion> current = frameworks.current();
        basis.setText(based == null || current.isEmpty() ? getTranslation("framework.basis.none")
                : getTranslation("framework.basis", based + 1, based,
                FrameworkTexts.date(getLocale(), current.get().publishedOn()), current.get().publishedBy()));
        historyList.removeAll();
        var entries = frameworks.history();
        if (entries.isEmpty()) {
            historyList.add(new Paragraph(getTranslation("framework.history.empty")));
        }
        entries.forEach(h -> historyList.add(historyLine(h)));
    }

    private Div historyLine(FrameworkHistoryEntry h) {
        Span when = new Span(DateTimes.dateTime(getLocale(), h.at()) + " · " + h.actorName());
        when.addClassName("tw-muted");
        String what = switch (h.kind()) {
            case FIELD -> getTranslation("framework.history.field", fieldName(h.field()), orDash(h.oldValue()), orDash(h.newValue()));
            case ADDED -> getTranslation("framework.history.added", orDash(h.newValue()));
            case REMOVED -> getTranslation("framework.history.removed", orDash(h.oldValue()));
            case MOVED -> getTranslation("framework.history.moved", rowCode(h.field()), h.oldValue(), h.newValue());
            case PUBLISHED -> getTranslation("framework.history.published", h.newValue());
        };
        Div line = new Div(when, new Div(new Span(what)));
        line.addClassName("tw-history-line");
        line.getElement().setAttribute("data-kind", h.kind().name());
        return line;
    }

    /** "criteria.S-WAARDE.weight" → "S-WAARDE · Gewicht"; "legalObligationBoost" → its label. */
    private String fieldName(@Nullable String field) {
        if (field == null) {
            return "—";
        }
        String[] parts = field.split("\\.", 3);
        if (parts.length == 3) {
            return parts[1] + " · " + getTranslation("framework.field." + parts[2]);
        }
        return getTranslation("framework.field." + field);
    }

    private static String rowCode(@Nullable String field) {
        if (field == null) {
            return "—";
        }
        String[] parts = field.split("\\.", 2);
        return parts.length == 2 ? parts[1] : field;
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private CoEditor.Store<FrameworkDraft, FrameworkDraftForm> store() {
        return CoEditor.store(FrameworkDraftForm::of, draft -> Optional.of(frameworks.draft()), (draft, values, baseVersion) -> {
            try {
                List<FrameworkDraft.Gate> gates = rows.gatesChangedSince(draft);
                List<FrameworkDraft.Criterion> criteria = rows.criteriaChangedSince(draft);
                FrameworkDraft saved = frameworks.save(new FrameworkDraftChange(
                        FrameworkNumbers.parse(values.getLegalObligationBoost()),
                        FrameworkNumbers.parse(values.getPerDependentBoost()), gates, criteria, baseVersion));
                Set<Long> changedHere = new HashSet<>();
                gates.forEach(g -> changedHere.add(g.key()));
                criteria.forEach(c -> changedHere.add(c.key()));
                rows.showSavedExcept(saved, changedHere);
                return new CoEditor.Saved<>(saved);
            } catch (FrameworkDraftConflictException conflict) {
                return new CoEditor.Stale<>(conflict.current());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.title") + " · Tafelwerk";
    }
}
