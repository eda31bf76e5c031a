package nl.tafelwerk.meetings.ui;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditor;
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
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;

/**
 * Tafelprofiel: the table's name, purpose, composition per sector, cadence, next meeting and a
 * notice for members, co-edited live by the chair and the programme office; everyone else reads.
 */
@Route("tafel")
@PermitAll
@Menu(title = "nav.table", order = 10, icon = "icons/table.svg")
public class TableProfileView extends VerticalLayout implements HasDynamicTitle {

    static final TopicId TOPIC = TopicId.of("table-profile");

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

    private final CoEditor<TableProfile, ProfileDraft> editor;

    TableProfileView(TableProfileService profiles, SectorService sectors, CommentService comments, CurrentUser currentUser) {
        this.profiles = profiles;
        AuthenticatedUser user = currentUser.require();
        this.me = Collaborator.of(user);
        this.mayEdit = profiles.mayEdit();
        this.editor = new CoEditor<>(this, ProfileDraft.class, me, store(), ProfileDraft.FIELDS, saveState,
                new CoEditor.ConflictTexts<>("profile-conflict", "conflict-",
                        theirs -> getTranslation("profile.conflict", theirs.updatedBy()), TableProfile::updatedBy,
                        "conflict.onlySeats"));
        editor.onSaved(profile -> Notifications.success(getTranslation("profile.saved")));
        addClassName("tw-profile");
        setSizeFull();

        H2 heading = new H2(getTranslation("profile.title"));
        TableProfile saved = profiles.current();
        configureFields();
        editor.open(TOPIC, saved);
        PresenceAvatars avatars = editor.presence(getTranslation("profile.presence"));
        avatars.setId("profile-presence");
        HorizontalLayout top = new HorizontalLayout(heading, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);

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
            row.connect(saved, editor::refreshState);
            editor.addPart(row);
            composition.add(row.layout);
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("profile-save");
        save.addClickListener(e -> editor.save());
        save.setVisible(mayEdit);

        VerticalLayout editorColumn = new VerticalLayout(fields, composition, save);
        editorColumn.setPadding(false);
        editorColumn.addClassName("tw-profile-editor");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, TOPIC, user.canEdit());
        thread.setId("profile-comments");
        thread.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(editorColumn, thread);
        body.setWidthFull();
        body.setFlexGrow(3, editorColumn);
        body.setFlexGrow(2, thread);
        body.addClassName("tw-master-detail");
        add(top, body);
        if (!mayEdit) {
            Span readOnly = new Span(getTranslation("profile.readOnly"));
            readOnly.addClassName("tw-muted");
            addComponentAtIndex(1, readOnly);
        }
        editor.refreshState();
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

        editor.form().forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.NAME_MAX, getTranslation("validation.tooLong", TableProfile.NAME_MAX))
                .bind("name");
        editor.form().forField(purpose).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.PURPOSE_MAX, getTranslation("validation.tooLong", TableProfile.PURPOSE_MAX))
                .bind("purpose");
        editor.form().forField(meetingCadence).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= TableProfile.CADENCE_MAX, getTranslation("validation.tooLong", TableProfile.CADENCE_MAX))
                .bind("meetingCadence");
        editor.form().forField(nextMeetingDate).bind("nextMeetingDate");
        editor.form().forField(memberNotice)
                .withValidator(v -> v.strip().length() <= TableProfile.NOTICE_MAX, getTranslation("validation.tooLong", TableProfile.NOTICE_MAX))
                .bind("memberNotice");
        editor.form().binder().setReadOnly(!mayEdit);
    }


    private CoEditor.Store<TableProfile, ProfileDraft> store() {
        return CoEditor.store(ProfileDraft::of, profile -> Optional.of(profiles.current()), (profile, values, baseVersion) -> {
            try {
                return new CoEditor.Saved<>(profiles.save(toChange(values, baseVersion)));
            } catch (TableProfileConflictException conflict) {
                return new CoEditor.Stale<>(conflict.current());
            }
        });
    }

    private TableProfileChange toChange(ProfileDraft draft, long baseVersion) {
        List<TableSeat> seats = new ArrayList<>();
        seatRows.forEach((code, row) -> seats.add(row.toSeat()));
        return new TableProfileChange(draft.getName(), draft.getPurpose(), draft.getMeetingCadence(),
                draft.getNextMeetingDate(), draft.getMemberNotice(), seats, baseVersion);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Tafelwerk";
    }
}
