package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceConflictException;
import nl.tafelwerk.advice.AdviceDistributionService;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.AdviceStep;
import nl.tafelwerk.advice.AdviceTopics;
import nl.tafelwerk.advice.MissingSectionsException;
import nl.tafelwerk.advice.SectionView;
import nl.tafelwerk.advice.Suggestion;
import nl.tafelwerk.advice.SuggestionState;
import nl.tafelwerk.advice.TracedSource;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.SectionLocks;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.MarkdownEditor;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.collaboration.ui.SectionLocking;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.documents.Markdown;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One advice, co-written live on the shared editor (DD012) with one writer per section at a time (DD043): each
 * section a Markdown editor with preview, its live sources ("bron gewijzigd" with an accept button), comments and
 * suggestions; the sectors' positions, the lifecycle steps with confirmation, versions with their differences,
 * DOCX/PDF, and the distribution. Deep link: {@code /adviezen/12}.
 */
@Route("adviezen/:id")
@PermitAll
public class AdviceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CHANGED = "changed";

    private final AdviceService service;
    private final AdviceDistributionService distribution;
    private final CommentService comments;
    private final SectionLocks locks;
    private final AuthenticatedUser user;
    private final Collaborator me;

    private final SaveStateBadge saveState = new SaveStateBadge("advice-save-state");
    private final H2 heading = new H2();
    private final Div statusBox = new Div();
    private final Span versionLabel = new Span();
    private final Button save = new Button();
    private final HorizontalLayout steps = new HorizontalLayout();
    private final Div decisionBox = new Div();
    private final AdvicePositionsPanel positions;
    private final AdviceVersionsPanel versions;
    private final AdviceDistributionPanel deliveries;
    private final Map<AdviceSection, SectionParts> sections = new EnumMap<>(AdviceSection.class);

    private @Nullable CoEditor<Advice, AdviceForm> editor;
    private @Nullable SharedValues events;
    private final String ownPrefix = UUID.randomUUID() + ":";

    /** The parts of one section that are redrawn when the advice changes. */
    private record SectionParts(MarkdownEditor editor, Div sources, Div outdated, Div generated, Div suggestions,
                                Button suggest) {
    }

    AdviceView(AdviceService service, AdviceDistributionService distribution, CommentService comments, SectionLocks locks,
               CurrentUser currentUser) {
        this.service = service;
        this.distribution = distribution;
        this.comments = comments;
        this.locks = locks;
        this.user = currentUser.require();
        this.me = Collaborator.of(user);
        this.positions = new AdvicePositionsPanel(service, user, () -> {
            refresh(current());
            tellOthers();
        });
        this.versions = new AdviceVersionsPanel(service);
        this.deliveries = new AdviceDistributionPanel(distribution, user, this::current, this::tellOthers);
        addClassName("tw-advice");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        Optional<Advice> found = Optional.empty();
        try {
            found = service.find(Long.parseLong(raw));
        } catch (NumberFormatException notANumber) {
            // an address like /adviezen/abc is as unknown as a number that does not exist
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("advice.unknown", raw));
            return;
        }
        if (editor != null && editor.current().id() == found.get().id()) {
            return;
        }
        build(found.get());
        distribution.markRead(found.get().id());
    }

    @Override
    public String getPageTitle() {
        return editor == null ? getTranslation("adviceui.list.heading") + " · Tafelwerk"
                : getTranslation("adviceui.title", editor.current().vraagstukCode(), editor.current().vraagstukTitle()) + " · Tafelwerk";
    }

    /** Opens {@code advice} in this view without navigating, e.g. a second person's screen in a browserless test. */
    void open(Advice advice) {
        build(advice);
    }

    MarkdownEditor sectionEditor(AdviceSection section) {
        return Objects.requireNonNull(sections.get(section)).editor();
    }

    private CoEditor<Advice, AdviceForm> editor() {
        return Objects.requireNonNull(editor);
    }

    private Advice current() {
        return editor().current();
    }

    // ------------------------------------------------------------------ layout

    private void build(Advice advice) {
        removeAll();
        sections.clear();
        if (editor != null) {
            editor.close();
        }
        if (events != null) {
            events.remove();
        }
        CoEditor<Advice, AdviceForm> newEditor = new CoEditor<>(this, AdviceForm.class, me, store(), AdviceForm.FIELDS, saveState,
                new CoEditor.ConflictTexts<>("advice-conflict", "advice-conflict-",
                        theirs -> getTranslation("adviceui.conflict", theirs.updatedBy()), Advice::updatedBy,
                        "adviceui.conflict.sameValues"));
        newEditor.onSaved(saved -> Notifications.success(getTranslation("adviceui.saved")));
        newEditor.onNewVersion(this::refresh);
        editor = newEditor;

        Anchor back = new Anchor("adviezen", "← " + getTranslation("adviceui.back"));
        back.setId("advice-back");
        heading.setId("advice-heading");
        statusBox.setId("advice-status");
        versionLabel.setId("advice-version");
        Anchor vraagstuk = new Anchor("voorraadagenda/" + advice.vraagstukCode(), getTranslation("adviceui.vraagstuk", advice.vraagstukCode()));
        vraagstuk.setId("advice-vraagstuk-link");
        HorizontalLayout meta = new HorizontalLayout(statusBox, versionLabel, vraagstuk);
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        meta.setWrap(true);

        Map<String, SectionLocking.Display> lockDisplays = new LinkedHashMap<>();
        Div toc = new Div();
        toc.addClassName("tw-advice-toc");
        toc.getElement().setAttribute("role", "navigation");
        toc.getElement().setAttribute("aria-label", getTranslation("adviceui.toc"));
        VerticalLayout column = new VerticalLayout();
        column.setPadding(false);
        column.addClassName("tw-advice-sections");
        for (AdviceSection section : AdviceSection.values()) {
            MarkdownEditor markdown = new MarkdownEditor(getTranslation(section.labelKey()), Advice.SECTION_MAX, "advice-" + section.field());
            markdown.bindTo(newEditor.form(), section.field());
            lockDisplays.put(section.field(), markdown);
            column.add(sectionPanel(advice, section, markdown));
            Anchor jump = new Anchor("adviezen/" + advice.id() + "#advice-section-" + section.field(), getTranslation(section.labelKey()));
            jump.getElement().setAttribute("router-ignore", true);
            toc.add(jump);
        }
        for (String[] panel : new String[][] {{"advice-endorsement", "adviceui.endorsement.heading"},
                {"advice-versions", "adviceui.versions.heading"}, {"advice-distribution", "adviceui.distribution.heading"}}) {
            Anchor jump = new Anchor("adviezen/" + advice.id() + "#" + panel[0], getTranslation(panel[1]));
            jump.getElement().setAttribute("router-ignore", true);
            toc.add(jump);
        }
        newEditor.lockSections(locks, lockDisplays);
        TopicId topic = AdviceTopics.advice(advice.id());
        newEditor.open(topic, advice);

        PresenceAvatars avatars = newEditor.presence(getTranslation("adviceui.presence"));
        avatars.setId("advice-presence");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("advice-save");
        save.addClickListener(e -> editor().save());
        HorizontalLayout top = new HorizontalLayout(avatars, saveState, save);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);
        steps.setId("advice-steps");
        steps.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(download("docx"), download("pdf"));
        downloads.setId("advice-downloads");
        decisionBox.setId("advice-decision");

        VerticalLayout side = new VerticalLayout(positions, versions, deliveries);
        side.setPadding(false);
        side.addClassName("tw-advice-side");
        Div body = new Div(column, side);
        body.addClassName("tw-advice-body");
        add(back, heading, meta, top, steps, downloads, decisionBox, toc, body);

        SharedValues channel = SharedValues.connect(CollaborationScope.of(this), topic.child("events"), me);
        channel.onChange((key, value) -> {
            if (CHANGED.equals(key) && value != null && !value.startsWith(ownPrefix)) {
                getUI().ifPresent(ui -> ui.access(() -> refresh(current())));
            }
        });
        events = channel;
        refresh(advice);
    }

    /** Tells the others' screens that positions, suggestions, sources or deliveries changed. */
    private void tellOthers() {
        SharedValues channel = events;
        if (channel != null && channel.isConnected()) {
            channel.put(CHANGED, ownPrefix + System.nanoTime());
        }
    }

    private Component sectionPanel(Advice advice, AdviceSection section, MarkdownEditor markdown) {
        H3 title = new H3(getTranslation(section.labelKey()) + (section.required() ? " *" : ""));
        title.setId("advice-section-" + section.field() + "-title");
        Div sources = new Div();
        sources.addClassName("tw-advice-sources");
        sources.setId("advice-" + section.field() + "-sources");
        Div outdated = new Div();
        outdated.setId("advice-" + section.field() + "-outdated");
        Div generated = new Div();
        generated.setId("advice-" + section.field() + "-generated");
        Div suggestionList = new Div();
        suggestionList.setId("advice-" + section.field() + "-suggestions");
        Button suggest = new Button(getTranslation("adviceui.suggestion.propose"), VaadinIcon.LIGHTBULB.create(),
                e -> proposeSuggestion(section, markdown));
        suggest.addThemeVariants(ButtonVariant.TERTIARY);
        suggest.setId("advice-" + section.field() + "-suggest");

        Details commentsBox = new Details(new Span(getTranslation("adviceui.comments")));
        commentsBox.setId("advice-" + section.field() + "-comments");
        commentsBox.addOpenedChangeListener(e -> {
            if (e.isOpened() && commentsBox.getContent().findAny().isEmpty()) {
                CommentThreadPanel thread = new CommentThreadPanel(comments, me, AdviceTopics.comments(advice.id(), section),
                        user.canEdit());
                thread.setId("advice-" + section.field() + "-thread");
                commentsBox.add(thread);
            }
        });

        HorizontalLayout tools = new HorizontalLayout(suggest, commentsBox);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        Div panel = new Div(title, outdated, sources, markdown, generated, suggestionList, tools);
        panel.addClassName("tw-advice-section");
        panel.setId("advice-section-" + section.field());
        sections.put(section, new SectionParts(markdown, sources, outdated, generated, suggestionList, suggest));
        return panel;
    }

    // ------------------------------------------------------------------ redrawing

    private void refresh(Advice advice) {
        heading.setText(advice.label());
        statusBox.removeAll();
        statusBox.add(AdviceBadges.status(advice.status(), this::getTranslation));
        versionLabel.setText(getTranslation(advice.frozen() ? "adviceui.version.fixed" : "adviceui.version.drafting", advice.versionNumber()));
        boolean mayEdit = service.mayEdit(advice);
        boolean maySuggest = service.maySuggest(advice);
        save.setVisible(mayEdit);
        for (SectionView view : service.sections(advice.id())) {
            SectionParts parts = sections.get(view.section());
            if (parts == null) {
                continue;
            }
            parts.editor().setReadOnly(!mayEdit);
            parts.suggest().setVisible(maySuggest);
            showSources(advice, view, parts, maySuggest);
            parts.generated().removeAll();
            if (!view.generated().isBlank()) {
                Div rendered = new Div();
                rendered.getElement().setProperty("innerHTML", Markdown.toSafeHtml(view.generated()));
                rendered.addClassName("tw-markdown-preview");
                parts.generated().add(new Span(getTranslation("adviceui.generated")), rendered);
            }
        }
        showSuggestions(advice);
        showSteps(advice);
        showDecision(advice);
        positions.show(advice);
        versions.show(advice);
        deliveries.show(advice);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showSources(Advice advice, SectionView view, SectionParts parts, boolean mayAccept) {
        parts.sources().removeAll();
        parts.outdated().removeAll();
        if (!view.sources().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (TracedSource traced : view.sources()) {
                Anchor link = new Anchor(traced.source().link(), getTranslation(traced.source().kind().messageKey()) + ": " + traced.source().label());
                ListItem item = new ListItem(link);
                if (traced.changed() && !advice.frozen()) {
                    item.add(new Span(" "), AdviceBadges.outdated(this::getTranslation));
                }
                list.add(item);
            }
            parts.sources().add(new Span(getTranslation("adviceui.sources")), list);
        }
        if (view.outdated() && !advice.frozen()) {
            Span marker = AdviceBadges.outdated(this::getTranslation);
            marker.setId("advice-" + view.section().field() + "-outdated-marker");
            Span explain = new Span(" " + getTranslation("adviceui.source.changedExplain"));
            parts.outdated().add(marker, explain);
            if (!view.removedSources().isEmpty()) {
                parts.outdated().add(new Span(" " + getTranslation("adviceui.source.removed", String.join(", ", view.removedSources()))));
            }
            if (mayAccept) {
                Button accept = new Button(getTranslation("adviceui.source.accept"), VaadinIcon.CHECK.create(), e -> {
                    try {
                        Advice saved = service.acceptSources(advice.id(), view.section());
                        editor().savedElsewhere(saved);
                        tellOthers();
                    } catch (DomainException refused) {
                        Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                    } catch (AccessDeniedException denied) {
                        Notifications.error(getTranslation("error.forbidden"));
                    }
                });
                accept.setId("advice-" + view.section().field() + "-accept");
                accept.addThemeVariants(ButtonVariant.SMALL);
                parts.outdated().add(accept);
            }
        }
    }

    // ------------------------------------------------------------------ suggestions

    private void proposeSuggestion(AdviceSection section, MarkdownEditor markdown) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("adviceui.suggestion.dialog", getTranslation(section.labelKey())));
        dialog.setWidth("min(60rem, 95vw)");
        MarkdownEditor proposal = new MarkdownEditor(getTranslation("adviceui.suggestion.text"), Advice.SECTION_MAX,
                "advice-suggestion-" + section.field());
        proposal.textArea().setValue(markdown.textArea().getValue());
        TextField note = new TextField(getTranslation("adviceui.suggestion.note"));
        note.setMaxLength(Suggestion.NOTE_MAX + 1);
        note.setWidthFull();
        note.setId("advice-suggestion-note");
        dialog.add(proposal, note);
        Button send = new Button(getTranslation("adviceui.suggestion.send"), e -> {
            FieldFeedback.clear(proposal.textArea(), note);
            try {
                service.suggest(current().id(), section, proposal.textArea().getValue(), note.getValue());
                dialog.close();
                Notifications.success(getTranslation("adviceui.suggestion.sent"));
                showSuggestions(current());
                tellOthers();
            } catch (DomainException refused) {
                FieldFeedback.show(getTranslation(refused.messageKey(), refused.arguments()),
                        "note".equals(refused.field()) ? note : proposal.textArea());
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("advice-suggestion-send");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void showSuggestions(Advice advice) {
        Map<AdviceSection, List<Suggestion>> open = new EnumMap<>(AdviceSection.class);
        Map<AdviceSection, List<Suggestion>> decided = new EnumMap<>(AdviceSection.class);
        for (Suggestion s : service.suggestions(advice.id())) {
            (s.state() == SuggestionState.OPEN ? open : decided).computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
        }
        boolean mayDecide = service.mayDecideSuggestions(advice);
        sections.forEach((section, parts) -> {
            parts.suggestions().removeAll();
            for (Suggestion s : open.getOrDefault(section, List.of())) {
                Div card = suggestionCard(s);
                if (mayDecide) {
                    Span problem = new Span();
                    problem.setId("advice-suggestion-" + s.id() + "-problem");
                    problem.addClassName("tw-error-text");
                    problem.getElement().setAttribute("role", "alert");
                    card.add(problem);
                    Button accept = new Button(getTranslation("adviceui.suggestion.accept"), e -> accept(s, problem));
                    accept.setId("advice-suggestion-" + s.id() + "-accept");
                    accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                    Button reject = new Button(getTranslation("adviceui.suggestion.reject"), e -> reject(s));
                    reject.setId("advice-suggestion-" + s.id() + "-reject");
                    reject.addThemeVariants(ButtonVariant.SMALL);
                    card.add(new HorizontalLayout(accept, reject));
                }
                parts.suggestions().add(card);
            }
            List<Suggestion> done = decided.getOrDefault(section, List.of());
            if (!done.isEmpty()) {
                parts.suggestions().add(decidedSuggestions(section, done));
            }
        });
    }

    /**
     * The proposals already decided, so the proposer and the table see what became of them (taken over, or rejected
     * and why); folded, as they are history once decided.
     */
    private Details decidedSuggestions(AdviceSection section, List<Suggestion> done) {
        long accepted = done.stream().filter(s -> s.state() == SuggestionState.ACCEPTED).count();
        Details box = new Details(new Span(getTranslation("adviceui.suggestion.decided", accepted, done.size() - accepted)));
        box.setId("advice-" + section.field() + "-decided");
        for (Suggestion s : done) {
            Div card = suggestionCard(s);
            card.addClassName("tw-advice-suggestion-decided");
            String when = s.decidedAt() == null ? "" : DateTimes.dateTime(getLocale(), s.decidedAt());
            String who = s.decidedBy() == null ? "" : s.decidedBy();
            Paragraph outcome = new Paragraph(AdviceBadges.suggestion(s.state(), this::getTranslation), new Span(" "
                    + (s.state() == SuggestionState.REJECTED
                    ? getTranslation("adviceui.suggestion.rejectedBy", who, when, s.rejectReason() == null ? "" : s.rejectReason())
                    : getTranslation("adviceui.suggestion.acceptedBy", who, when))));
            card.addComponentAsFirst(outcome);
            box.add(card);
        }
        return box;
    }

    private Div suggestionCard(Suggestion s) {
        Div card = new Div();
        card.addClassName("tw-advice-suggestion");
        card.setId("advice-suggestion-" + s.id());
        card.add(new Paragraph(getTranslation("adviceui.suggestion.by", s.proposedByName(), DateTimes.dateTime(getLocale(), s.proposedAt()))
                + (s.note() == null || s.note().isBlank() ? "" : " — " + s.note())));
        Div text = new Div();
        text.getElement().setProperty("innerHTML", Markdown.toSafeHtml(s.text()));
        text.addClassName("tw-markdown-preview");
        card.add(text);
        return card;
    }

    /** Takes the proposal over; a refusal (unsaved text, the section changed since, decided elsewhere) is said at the proposal. */
    private void accept(Suggestion suggestion, Span problem) {
        problem.setText("");
        if (editor().hasUnsavedChanges()) {
            problem.setText(getTranslation("adviceui.step.unsaved"));
            return;
        }
        try {
            Advice saved = service.acceptSuggestion(suggestion.id(), suggestion.version());
            // Shared like typing, not only shown here: the topic keeps a section's last shared text and anyone
            // opening the advice later starts from it, so an unshared accept left them the old text to save back
            // over the accepted one. Nobody has unsaved text then (checked above), so none is lost.
            sections.get(suggestion.section()).editor().textArea().setValue(saved.text(suggestion.section()));
            editor().savedElsewhere(saved);
            tellOthers();
            Notifications.success(getTranslation("adviceui.suggestion.accepted"));
        } catch (DomainException refused) {
            problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void reject(Suggestion suggestion) {
        TextArea reason = new TextArea(getTranslation("adviceui.suggestion.rejectReason"));
        reason.setId("advice-suggestion-reject-reason");
        FieldFeedback.limit(reason, Advice.REASON_MAX);
        confirm(getTranslation("adviceui.suggestion.reject"), getTranslation("adviceui.suggestion.rejectIntro", suggestion.proposedByName()),
                reason, "advice-suggestion-reject-confirm", () -> {
                    service.rejectSuggestion(suggestion.id(), suggestion.version(), reason.getValue());
                    showSuggestions(current());
                    tellOthers();
                    return true;
                }, Map.of("reason", reason));
    }

    // ------------------------------------------------------------------ lifecycle

    private void showSteps(Advice advice) {
        steps.removeAll();
        for (AdviceStep step : service.availableSteps(advice)) {
            Button button = new Button(getTranslation(step.messageKey()), e -> takeStep(step));
            button.setId("advice-step-" + step.name());
            if (step == AdviceStep.VASTSTELLEN) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            steps.add(button);
        }
    }

    private void takeStep(AdviceStep step) {
        if (editor().hasUnsavedChanges()) {
            Notifications.error(getTranslation("adviceui.step.unsaved"));
            return;
        }
        Advice advice = current();
        long base = advice.version();
        switch (step) {
            case TER_CONSULTATIE -> confirmStep(step, () -> service.startConsultation(advice.id(), base));
            case TERUG_NAAR_CONCEPT -> confirmStep(step, () -> service.returnToConcept(advice.id(), base));
            case VASTSTELLEN -> confirmStep(step, () -> service.adopt(advice.id(), base));
            case AANBIEDEN -> confirmStep(step, () -> service.offer(advice.id(), base));
            case BESLUIT_VASTLEGGEN -> {
                DatePicker date = new DatePicker(getTranslation("adviceui.decision.date"));
                date.setLocale(getLocale());
                date.setId("advice-decision-date");
                TextArea text = new TextArea(getTranslation("adviceui.decision.text"));
                text.setId("advice-decision-text");
                FieldFeedback.limit(text, nl.tafelwerk.advice.GremiumDecision.TEXT_MAX);
                TextField reference = new TextField(getTranslation("adviceui.decision.reference"));
                reference.setId("advice-decision-reference");
                FieldFeedback.limit(reference, nl.tafelwerk.advice.GremiumDecision.REFERENCE_MAX);
                confirm(getTranslation(step.messageKey()), getTranslation("adviceui.step.confirm." + step.name()),
                        new VerticalLayout(date, text, reference), "advice-step-confirm", () -> {
                            stepDone(service.recordDecision(advice.id(), date.getValue(), text.getValue(), reference.getValue(), base));
                            return true;
                        }, Map.of("date", date, "text", text, "reference", reference));
            }
            case NIEUWE_VERSIE -> {
                TextArea reason = new TextArea(getTranslation("adviceui.newVersion.reason"));
                reason.setId("advice-new-version-reason");
                FieldFeedback.limit(reason, Advice.REASON_MAX);
                confirm(getTranslation(step.messageKey()), getTranslation("adviceui.step.confirm." + step.name()), reason,
                        "advice-step-confirm", () -> {
                            stepDone(service.startNewVersion(advice.id(), reason.getValue(), base));
                            return true;
                        }, Map.of("reason", reason));
            }
        }
    }

    private void confirmStep(AdviceStep step, Supplier<Advice> action) {
        confirm(getTranslation(step.messageKey()), getTranslation("adviceui.step.confirm." + step.name(), current().versionNumber()),
                null, "advice-step-confirm", () -> {
                    stepDone(action.get());
                    return true;
                }, Map.of());
    }

    private void stepDone(Advice advice) {
        editor().form().showWithoutSharing(AdviceForm.of(advice));
        editor().savedElsewhere(advice);
        tellOthers();
        Notifications.success(getTranslation("adviceui.step.done", getTranslation(advice.status().messageKey())));
    }

    /**
     * A dialog that asks before acting; a refusal naming one of {@code fields} is shown there, missing sections at
     * their sections, and the dialog stays open with what was typed.
     */
    private void confirm(String title, String intro, @Nullable Component content, String confirmId, Supplier<Boolean> action,
                         Map<String, com.vaadin.flow.component.HasValidation> fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new Paragraph(intro));
        if (content != null) {
            dialog.add(content);
        }
        Button yes = new Button(title, e -> {
            fields.values().forEach(FieldFeedback::clear);
            try {
                if (action.get()) {
                    dialog.close();
                }
            } catch (MissingSectionsException missing) {
                dialog.close();
                showMissing(missing);
            } catch (AdviceConflictException conflict) {
                dialog.close();
                Notifications.error(getTranslation("adviceui.conflict", conflict.current().updatedBy()));
            } catch (DomainException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                com.vaadin.flow.component.HasValidation field = refused.field() == null ? null : fields.get(refused.field());
                if (field == null && refused.field() != null) {
                    Optional<AdviceSection> section = AdviceSection.ofField(refused.field());
                    if (section.isPresent()) {
                        dialog.close();
                        FieldFeedback.show(message, sections.get(section.get()).editor().textArea());
                        return;
                    }
                }
                FieldFeedback.show(message, field);
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
            }
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.setId(confirmId);
        Button no = new Button(getTranslation("action.cancel"), e -> dialog.close());
        no.setId(confirmId + "-cancel");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void showMissing(MissingSectionsException missing) {
        for (AdviceSection section : missing.sections()) {
            FieldFeedback.show(getTranslation("advice.section.required"), sections.get(section).editor().textArea());
        }
        Notifications.error(getTranslation("adviceui.section.missing", missing.sections().size()));
        sections.get(missing.sections().getFirst()).editor().textArea().focus();
    }

    private void showDecision(Advice advice) {
        decisionBox.removeAll();
        if (advice.decision() == null) {
            return;
        }
        var d = advice.decision();
        decisionBox.add(new H3(getTranslation("adviceui.decision.heading")),
                new Paragraph(d.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale())) + " · " + d.reference()), new Paragraph(d.text()));
    }

    // ------------------------------------------------------------------ export

    private Anchor download(String extension) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Advice advice = current();
            Integer version = advice.frozen() ? advice.versionNumber() : null;
            byte[] bytes = "pdf".equals(extension) ? distribution.pdf(advice.id(), version) : distribution.docx(advice.id(), version);
            String type = "pdf".equals(extension) ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return new DownloadResponse(new ByteArrayInputStream(bytes), AdviceDistributionService.fileName(advice, version, extension),
                    type, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("adviceui.export." + extension)));
        link.setId("advice-export-" + extension);
        link.addClassName("tw-download");
        return link;
    }

    // ------------------------------------------------------------------ saving the co-edited sections

    private CoEditor.Store<Advice, AdviceForm> store() {
        return CoEditor.store(AdviceForm::of, a -> service.find(a.id()), (a, values, baseVersion) -> {
            try {
                return new CoEditor.Saved<>(service.save(a.id(), values.toDraft(baseVersion)));
            } catch (AdviceConflictException conflict) {
                return new CoEditor.Stale<>(conflict.current());
            }
        });
    }
}
