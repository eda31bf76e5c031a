package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.meetings.TableProfile;
import nl.tafelwerk.meetings.TableProfileChange;
import nl.tafelwerk.meetings.TableProfileConflictException;
import nl.tafelwerk.meetings.TableProfileService;
import nl.tafelwerk.meetings.TableSeat;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.ConflictDialog;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;

/**
 * Tafelprofiel: the table's name, purpose, composition per sector, cadence, next meeting and a
 * notice for members, co-edited live by the chair and the programme office; everyone else reads.
 */
@Route("tafel")
@PermitAll
@Menu(title = "nav.table", order = 10, icon = "icons/table.svg")
public class TableProfileView extends VerticalLayout implements HasDynamicTitle {

    static final TopicId TOPIC = TopicId.of("table-profile");
    private static final String SAVED_KEY = "saved";

    private final TableProfileService profiles;
    private final Collaborator me;
    private final boolean mayEdit;

    private final TextField name = new TextField();
    private final TextArea purpose = new TextArea();
    private final TextField meetingCadence = new TextField();
    private final DatePicker nextMeetingDate = new DatePicker();
    private final TextArea memberNotice = new TextArea();
    private final Map<String, SeatRow> seatRows = new LinkedHashMap<>();
    private final SaveStateBadge saveState = new SaveStateBadge("profile-save-state");
    private final Button save = new Button();

    private final CoEditedForm<ProfileDraft> form;
    private TableProfile saved;
    private @Nullable SharedValues sharedState;

    TableProfileView(TableProfileService profiles, SectorService sectors, CommentService comments, CurrentUser currentUser) {
        this.profiles = profiles;
        AuthenticatedUser user = currentUser.require();
        this.me = Collaborator.of(user);
        this.mayEdit = profiles.mayEdit();
        this.saved = profiles.current();
        this.form = new CoEditedForm<>(ProfileDraft.class, me);
        addClassName("tw-profile");
        setSizeFull();

        H2 heading = new H2(getTranslation("profile.title"));
        PresenceAvatars avatars = new PresenceAvatars(me, TOPIC, getTranslation("profile.presence"));
        avatars.setId("profile-presence");
        HorizontalLayout top = new HorizontalLayout(heading, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);

        configureFields();
        FormLayout fields = new FormLayout(name, meetingCadence, nextMeetingDate, purpose, memberNotice);
        fields.setColspan(purpose, 2);
        fields.setColspan(memberNotice, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Div composition = new Div();
        composition.addClassName("tw-composition");
        composition.add(new Span(getTranslation("profile.composition")));
        for (SectorView sector : sectors.atTheTable()) {
            SeatRow row = new SeatRow(sector, me, mayEdit);
            seatRows.put(sector.code(), row);
            composition.add(row.layout);
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("profile-save");
        save.addClickListener(e -> save());
        save.setVisible(mayEdit);

        VerticalLayout editor = new VerticalLayout(fields, composition, save);
        editor.setPadding(false);
        editor.addClassName("tw-profile-editor");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, TOPIC, user.canEdit());
        thread.setId("profile-comments");
        thread.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(editor, thread);
        body.setWidthFull();
        body.setFlexGrow(3, editor);
        body.setFlexGrow(2, thread);
        body.addClassName("tw-master-detail");
        add(top, body);
        if (!mayEdit) {
            Span readOnly = new Span(getTranslation("profile.readOnly"));
            readOnly.addClassName("tw-muted");
            addComponentAtIndex(1, readOnly);
        }
        showState();
    }

    private void configureFields() {
        name.setLabel(getTranslation("profile.name"));
        name.setId("profile-name");
        purpose.setLabel(getTranslation("profile.purpose"));
        purpose.setId("profile-purpose");
        meetingCadence.setLabel(getTranslation("profile.cadence"));
        meetingCadence.setId("profile-cadence");
        nextMeetingDate.setLabel(getTranslation("profile.nextMeeting"));
        nextMeetingDate.setId("profile-next-meeting");
        nextMeetingDate.setLocale(getLocale());
        memberNotice.setLabel(getTranslation("profile.notice"));
        memberNotice.setId("profile-notice");
        FieldFeedback.limit(name, TableProfile.NAME_MAX);
        FieldFeedback.limit(purpose, TableProfile.PURPOSE_MAX);
        FieldFeedback.limit(meetingCadence, TableProfile.CADENCE_MAX);
        FieldFeedback.limit(memberNotice, TableProfile.NOTICE_MAX);

        form.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.NAME_MAX, getTranslation("validation.tooLong", TableProfile.NAME_MAX))
                .bind("name");
        form.forField(purpose).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.PURPOSE_MAX, getTranslation("validation.tooLong", TableProfile.PURPOSE_MAX))
                .bind("purpose");
        form.forField(meetingCadence).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.CADENCE_MAX, getTranslation("validation.tooLong", TableProfile.CADENCE_MAX))
                .bind("meetingCadence");
        form.forField(nextMeetingDate).bind("nextMeetingDate");
        form.forField(memberNotice)
                .withValidator(v -> v.strip().length() <= TableProfile.NOTICE_MAX, getTranslation("validation.tooLong", TableProfile.NOTICE_MAX))
                .bind("memberNotice");
        form.binder().setReadOnly(!mayEdit);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(name, purpose, meetingCadence, nextMeetingDate, memberNotice)) {
            field.addValueChangeListener(e -> showState());
        }
    }


    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        form.connect(TOPIC, () -> toDraft(saved));
        seatRows.values().forEach(row -> row.connect(saved, this::showState));
        SharedValues state = SharedValues.connect(CollaborationScope.of(this), TOPIC.child("state"), me);
        UI ui = attachEvent.getUI();
        state.onChange((key, value) -> {
            if (SAVED_KEY.equals(key) && value != null) {
                ui.access(this::reloadSavedVersion);
            }
        });
        sharedState = state;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (sharedState != null) {
            sharedState.remove();
            sharedState = null;
        }
        super.onDetach(detachEvent);
    }

    private void reloadSavedVersion() {
        TableProfile latest = profiles.current();
        if (latest.version() != saved.version()) {
            saved = latest;
            showState();
        }
    }

    private void save() {
        clearErrors();
        ProfileDraft draft = new ProfileDraft();
        if (!form.binder().writeBeanIfValid(draft) || !seatRows.values().stream().allMatch(SeatRow::validate)) {
            showState();
            return;
        }
        saveDraft(draft, saved.version());
    }

    private void saveDraft(ProfileDraft draft, long baseVersion) {
        try {
            saved = profiles.save(toChange(draft, baseVersion));
            if (sharedState != null && sharedState.isConnected()) {
                sharedState.put(SAVED_KEY, saved.version() + "|" + me.id());
            }
            Notifications.success(getTranslation("profile.saved"));
            showState();
        } catch (TableProfileConflictException conflict) {
            TableProfile theirs = conflict.current();
            new ConflictDialog("profile-conflict", "conflict-", getTranslation("profile.conflict", theirs.updatedBy()),
                    theirs.updatedBy(), differences(draft, toDraft(theirs)), getTranslation("conflict.onlySeats"),
                    () -> takeTheirs(theirs), () -> saveDraft(draft, theirs.version())).open();
            saveState.conflict();
        } catch (DomainException e) {
            showFieldError(e);
        }
    }

    private List<ConflictDialog.Difference> differences(ProfileDraft mine, ProfileDraft theirs) {
        return new ConflictDialog.Differences()
                .compare(getTranslation("profile.name"), mine.getName(), theirs.getName())
                .compare(getTranslation("profile.purpose"), mine.getPurpose(), theirs.getPurpose())
                .compare(getTranslation("profile.cadence"), mine.getMeetingCadence(), theirs.getMeetingCadence())
                .compare(getTranslation("profile.nextMeeting"), dateText(mine.getNextMeetingDate()),
                        dateText(theirs.getNextMeetingDate()))
                .compare(getTranslation("profile.notice"), mine.getMemberNotice(), theirs.getMemberNotice())
                .list();
    }

    private static @Nullable String dateText(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void takeTheirs(TableProfile theirs) {
        saved = theirs;
        ProfileDraft draft = toDraft(theirs);
        name.setValue(draft.getName());
        purpose.setValue(draft.getPurpose());
        meetingCadence.setValue(draft.getMeetingCadence());
        nextMeetingDate.setValue(draft.getNextMeetingDate());
        memberNotice.setValue(draft.getMemberNotice());
        seatRows.values().forEach(row -> row.show(theirs));
        showState();
    }

    private TableProfileChange toChange(ProfileDraft draft, long baseVersion) {
        List<TableSeat> seats = new ArrayList<>();
        seatRows.forEach((code, row) -> seats.add(row.toSeat()));
        return new TableProfileChange(draft.getName(), draft.getPurpose(), draft.getMeetingCadence(),
                draft.getNextMeetingDate(), draft.getMemberNotice(), seats, baseVersion);
    }

    private void showFieldError(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        HasValidation field = e.field() == null ? null : switch (e.field()) {
            case "name" -> name;
            case "purpose" -> purpose;
            case "meetingCadence" -> meetingCadence;
            case "memberNotice" -> memberNotice;
            default -> seatRows.entrySet().stream().filter(r -> e.field().endsWith("." + r.getKey()))
                    .map(r -> r.getValue().fieldFor(e.field())).findFirst().orElse(null);
        };
        FieldFeedback.show(message, field);
    }

    private void clearErrors() {
        List.<HasValidation>of(name, purpose, meetingCadence, memberNotice).forEach(f -> f.setInvalid(false));
    }

    private void showState() {
        if (isDirty()) {
            saveState.unsaved();
        } else if (saved.version() == TableProfile.NEW) {
            saveState.neverSaved();
        } else {
            saveState.saved(saved.updatedBy(), saved.updatedAt());
        }
    }

    private boolean isDirty() {
        ProfileDraft current = toDraft(saved);
        return !Objects.equals(current.getName(), name.getValue())
                || !Objects.equals(current.getPurpose(), purpose.getValue())
                || !Objects.equals(current.getMeetingCadence(), meetingCadence.getValue())
                || !Objects.equals(current.getNextMeetingDate(), nextMeetingDate.getValue())
                || !Objects.equals(current.getMemberNotice(), memberNotice.getValue())
                || seatRows.values().stream().anyMatch(row -> row.differsFrom(saved));
    }

    static ProfileDraft toDraft(TableProfile profile) {
        ProfileDraft draft = new ProfileDraft();
        draft.setName(profile.name());
        draft.setPurpose(profile.purpose());
        draft.setMeetingCadence(profile.meetingCadence());
        draft.setNextMeetingDate(profile.nextMeetingDate());
        draft.setMemberNotice(profile.memberNotice() == null ? "" : profile.memberNotice());
        return draft;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Tafelwerk";
    }
}
