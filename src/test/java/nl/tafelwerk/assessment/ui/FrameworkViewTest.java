package nl.tafelwerk.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.FrameworkDraftChange;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.identity.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The afwegingskader's draft editor on the one co-editor: two editors see each other's typing, saves and new
 * rows; an observer reads only; a stale save meets the conflict dialog and keeps both changes; a refusal
 * stands at the row's field. Not rolled back (the engine works across threads): the draft is put back after.
 */
class FrameworkViewTest extends AbstractUiTest {

    @Autowired
    FrameworkService frameworks;
    @Autowired
    CommentService comments;
    @Autowired
    CurrentUser currentUser;
    FrameworkDraft original;

    @BeforeEach
    void remember() {
        login("programmabureau");
        original = frameworks.draft();
    }

    @AfterEach
    void putBack() {
        login("programmabureau");
        Set<Long> keep = original.criteria().stream().map(FrameworkDraft.Criterion::key).collect(Collectors.toSet());
        for (FrameworkDraft.Criterion c : frameworks.draft().criteria()) {
            if (!keep.contains(c.key())) {
                frameworks.removeCriterion(c.key());
            }
        }
        FrameworkDraft now = frameworks.draft();
        frameworks.save(new FrameworkDraftChange(original.legalObligationBoost(), original.perDependentBoost(), original.gates(),
                original.criteria(), now.version()));
    }

    /** A view as this user opens it; several can stand in one UI, each with its own collaborator. */
    private FrameworkView open(String user) {
        login(user);
        FrameworkView view = new FrameworkView(frameworks, comments, currentUser);
        UI.getCurrent().add(view);
        return view;
    }

    private static TextField field(FrameworkView view, String id) {
        return _get(view, TextField.class, spec -> spec.withId(id));
    }

    private static String state(FrameworkView view) {
        return _get(view, Span.class, spec -> spec.withId("framework-save-state")).getElement().getAttribute("data-state");
    }

    @Test
    void twoEditorsSeeEachOthersTypingSavesAndNewRows() {
        FrameworkView chair = open("voorzitter");
        FrameworkView office = open("programmabureau");
        roundtrips();
        long key = original.criteria().getFirst().key();
        TextField chairName = field(chair, "framework-criterion-" + key + "-name");
        TextField officeName = field(office, "framework-criterion-" + key + "-name");

        chairName.setValue("Toegevoegde waarde (live getypt)");
        roundtrips();
        assertThat(officeName.getValue()).as("typing travels").isEqualTo("Toegevoegde waarde (live getypt)");
        assertThat(state(chair)).isEqualTo("dirty");

        login("voorzitter");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-save")));
        roundtrips();
        assertThat(frameworks.draft().criteria().getFirst().name()).isEqualTo("Toegevoegde waarde (live getypt)");
        assertThat(state(chair)).isEqualTo("saved");
        assertThat(state(office)).as("the other takes the saved version over").isEqualTo("saved");
        assertThat(_get(office, Span.class, spec -> spec.withId("framework-save-state")).getText())
                .startsWith("Opgeslagen door Onafhankelijk voorzitter");

        login("programmabureau");
        _click(_get(office, Button.class, spec -> spec.withId("framework-add-criterion")));
        roundtrips();
        long added = frameworks.draft().criteria().getLast().key();
        assertThat(_find(office, Div.class, spec -> spec.withId("framework-criterion-" + added))).hasSize(1);
        assertThat(_find(chair, Div.class, spec -> spec.withId("framework-criterion-" + added)))
                .as("the new row reaches the other editor").hasSize(1);

        login("voorzitter");
        field(chair, "framework-criterion-" + added + "-name").setValue("Bijdrage aan regionale samenwerking");
        roundtrips();
        assertThat(field(office, "framework-criterion-" + added + "-name").getValue()).isEqualTo("Bijdrage aan regionale samenwerking");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-save")));
        assertThat(frameworks.draft().criteria().getLast().name()).isEqualTo("Bijdrage aan regionale samenwerking");
        assertThat(_get(chair, com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("framework-history")).getElement().getTextRecursively())
                .contains("Bijdrage aan regionale samenwerking");
    }

    @Test
    void anObserverReadsButCannotEdit() {
        login("waarnemer");
        UI.getCurrent().navigate(FrameworkView.class);
        roundtrips();
        long key = original.criteria().getFirst().key();
        assertThat(_get(TextField.class, spec -> spec.withId("framework-criterion-" + key + "-weight")).isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("framework-legal-obligation-boost")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("framework-save"))).as("no visible save").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("framework-publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("framework-add-criterion"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("framework-criterion-" + key + "-remove"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("framework-read-only")).getText())
                .startsWith("Alleen de voorzitter en het programmabureau");
        assertThat(_get(FrameworkView.class).getPageTitle()).isEqualTo("Afwegingskader · Tafelwerk");
    }

    @Test
    void aStaleSaveMeetsTheConflictDialogAndKeepingMineKeepsBothChanges() {
        FrameworkView chair = open("voorzitter");
        roundtrips();
        long first = original.criteria().getFirst().key();
        field(chair, "framework-criterion-" + first + "-weight").setValue("3");

        // Meanwhile the programme office saves another criterion's name from another window.
        login("programmabureau");
        FrameworkDraft now = frameworks.draft();
        List<FrameworkDraft.Criterion> criteria = new ArrayList<>(now.criteria());
        FrameworkDraft.Criterion second = criteria.get(1);
        criteria.set(1, new FrameworkDraft.Criterion(second.key(), second.code(), "Wettelijke plicht (ander venster)",
                second.description(), second.scale(), second.weight(), second.part()));
        frameworks.save(new FrameworkDraftChange(now.legalObligationBoost(), now.perDependentBoost(), now.gates(), criteria,
                now.version()));

        login("voorzitter");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-save")));
        Dialog conflict = _get(Dialog.class, spec -> spec.withId("framework-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(state(chair)).isEqualTo("conflict");
        _click(_get(Button.class, spec -> spec.withId("framework-conflict-keep-mine")));

        FrameworkDraft saved = frameworks.draft();
        assertThat(saved.criteria().getFirst().weight()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(saved.criteria().get(1).name()).as("the other's change, on a row this user did not touch")
                .isEqualTo("Wettelijke plicht (ander venster)");
        assertThat(saved.updatedBy()).isEqualTo("Onafhankelijk voorzitter");
    }

    @Test
    void aRefusedScaleIsShownAtThatRowsScaleAndNothingIsSaved() {
        FrameworkView chair = open("voorzitter");
        roundtrips();
        long first = original.criteria().getFirst().key();
        TextField scale = field(chair, "framework-criterion-" + first + "-scale");
        scale.setValue("1, 3, 2");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-save")));
        assertThat(scale.isInvalid()).isTrue();
        assertThat(scale.getErrorMessage()).isEqualTo("De waarden moeten oplopen: 2 volgt op 3");
        assertThat(frameworks.draft().version()).isEqualTo(original.version());
    }

    @Test
    void publishingAsksFirstToSaveThenConfirms() {
        FrameworkView chair = open("voorzitter");
        roundtrips();
        long first = original.criteria().getFirst().key();
        field(chair, "framework-criterion-" + first + "-weight").setValue("2");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-publish")));
        assertThat(_find(Dialog.class, spec -> spec.withId("framework-publish-dialog"))).as("unsaved: not offered").isEmpty();

        field(chair, "framework-criterion-" + first + "-weight").setValue("1");
        _click(_get(chair, Button.class, spec -> spec.withId("framework-publish")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("framework-publish-dialog"));
        int next = frameworks.current().orElseThrow().number() + 1;
        assertThat(dialog.getHeaderTitle()).isEqualTo("Versie " + next + " publiceren?");
        dialog.close();
    }
}
