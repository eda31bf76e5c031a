package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.tafelwerk.meetings.TableProfile;

/** Shows both versions side by side; the user keeps theirs or takes the saved one. Nothing is thrown away unasked. */
class ProfileConflictDialog extends Dialog {

    record Difference(String field, String mine, String theirs) {
    }

    ProfileConflictDialog(ProfileDraft mine, TableProfile theirs, Consumer<TableProfile> takeTheirs, Runnable keepMine) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("profile-conflict");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("profile.conflict", theirs.updatedBy())));
        ProfileDraft other = TableProfileView.toDraft(theirs);
        List<Difference> differences = new ArrayList<>();
        compare(differences, "profile.name", mine.getName(), other.getName());
        compare(differences, "profile.purpose", mine.getPurpose(), other.getPurpose());
        compare(differences, "profile.cadence", mine.getMeetingCadence(), other.getMeetingCadence());
        compare(differences, "profile.nextMeeting", String.valueOf(mine.getNextMeetingDate()), String.valueOf(other.getNextMeetingDate()));
        compare(differences, "profile.notice", mine.getMemberNotice(), other.getMemberNotice());
        if (differences.isEmpty()) {
            add(new Span(getTranslation("conflict.onlySeats")));
        } else {
            Grid<Difference> grid = new Grid<>();
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field"));
            grid.addColumn(Difference::mine).setHeader(getTranslation("conflict.mine"));
            grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs", theirs.updatedBy()));
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            grid.setWidth("min(90vw, 60rem)");
            add(grid);
        }
        Button take = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.accept(theirs);
        });
        take.setId("conflict-take-theirs");
        Button keep = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("conflict-keep-mine");
        getFooter().add(take, keep);
    }

    private void compare(List<Difference> differences, String labelKey, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(new Difference(getTranslation(labelKey), mine, theirs));
        }
    }
}
