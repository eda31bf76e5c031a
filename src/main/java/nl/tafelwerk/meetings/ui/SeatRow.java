package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Objects;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.meetings.TableProfile;
import nl.tafelwerk.meetings.TableSeat;
import org.jspecify.annotations.Nullable;

/** Seats and mandate of one sector, co-edited on a topic of its own. */
final class SeatRow implements CoEditor.Part<TableProfile> {

    final HorizontalLayout layout;
    private final String sectorCode;
    private final IntegerField seats = new IntegerField();
    private final TextField representation = new TextField();
    private final CoEditedForm<SeatDraft> form;

    SeatRow(SectorView sector, Collaborator me, boolean mayEdit) {
        this.sectorCode = sector.code();
        String id = sector.code().toLowerCase(Locale.ROOT);
        seats.setLabel(seats.getTranslation("profile.seats", sector.code()));
        seats.setMin(0);
        seats.setMax(TableProfile.SEATS_MAX);
        seats.setStepButtonsVisible(true);
        seats.setId("seats-" + id);
        seats.setValueChangeMode(ValueChangeMode.EAGER);
        representation.setLabel(representation.getTranslation("profile.representation", sector.code()));
        representation.setMaxLength(TableProfile.REPRESENTATION_MAX + 1);
        representation.setId("representation-" + id);
        representation.setValueChangeMode(ValueChangeMode.EAGER);
        representation.setWidthFull();
        form = new CoEditedForm<>(SeatDraft.class, me);
        form.forField(seats)
                .withValidator(v -> v == null || (v >= 0 && v <= TableProfile.SEATS_MAX),
                        seats.getTranslation("profile.seat.range", 0, TableProfile.SEATS_MAX))
                .bind("seats");
        form.forField(representation)
                .withValidator(v -> v.strip().length() <= TableProfile.REPRESENTATION_MAX,
                        representation.getTranslation("validation.tooLong", TableProfile.REPRESENTATION_MAX))
                .bind("representation");
        form.binder().setReadOnly(!mayEdit);
        layout = new HorizontalLayout(seats, representation);
        layout.setWidthFull();
        layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        layout.addClassName("tw-seat-row");
    }

    void connect(TableProfile saved, Runnable onChange) {
        form.connect(TableProfileView.TOPIC.child("seat").child(sectorCode), () -> draftOf(saved));
        seats.addValueChangeListener(e -> onChange.run());
        representation.addValueChangeListener(e -> onChange.run());
    }

    @Override
    public boolean validate() {
        return form.binder().validate().isOk();
    }

    @Override
    public void show(TableProfile profile) {
        form.showWithoutSharing(draftOf(profile));
    }

    TableSeat toSeat() {
        Integer count = seats.getValue();
        return new TableSeat(sectorCode, count == null ? 0 : count, representation.getValue());
    }

    @Override
    public boolean differsFrom(TableProfile profile) {
        SeatDraft draft = draftOf(profile);
        return !Objects.equals(draft.getSeats() == null ? 0 : draft.getSeats(), seats.getValue() == null ? 0 : seats.getValue())
                || !Objects.equals(draft.getRepresentation(), representation.getValue());
    }

    @Override
    public @Nullable HasValidation fieldFor(String field) {
        if (field.equals("seats." + sectorCode)) {
            return seats;
        }
        return field.equals("representation." + sectorCode) ? representation : null;
    }

    private SeatDraft draftOf(TableProfile profile) {
        SeatDraft draft = new SeatDraft();
        profile.seats().stream().filter(s -> s.sectorCode().equals(sectorCode)).findFirst().ifPresentOrElse(s -> {
            draft.setSeats(s.seats());
            draft.setRepresentation(s.representation() == null ? "" : s.representation());
        }, () -> draft.setSeats(0));
        return draft;
    }
}
