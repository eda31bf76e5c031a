package nl.tafelwerk.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.meetings.ui.TableProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TableProfileViewTest extends AbstractUiTest {

    @Autowired
    TableProfileService profiles;

    @Test
    void chairEditsAndSavesTheNotice() {
        login("voorzitter");
        UI.getCurrent().navigate(TableProfileView.class);
        roundtrips();
        TextArea notice = _get(TextArea.class, spec -> spec.withId("profile-notice"));
        assertThat(notice.isReadOnly()).isFalse();
        String text = "Stukken voor 20 januari staan vrijdag klaar (" + System.nanoTime() + ")";

        notice.setValue(text);
        Span state = _get(Span.class, spec -> spec.withId("profile-save-state"));
        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("dirty");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(profiles.current().memberNotice()).isEqualTo(text);
        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(state.getText()).startsWith("Opgeslagen door Onafhankelijk voorzitter");
    }

    @Test
    void emptyNameIsRefusedBesideTheFieldAndNothingIsSaved() {
        login("programmabureau");
        UI.getCurrent().navigate(TableProfileView.class);
        roundtrips();
        long version = profiles.current().version();
        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));
        String before = name.getValue();

        name.setValue("");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht");
        assertThat(profiles.current().version()).isEqualTo(version);
        name.setValue(before);
    }

    @Test
    void observerReadsButCannotEdit() {
        login("waarnemer");
        UI.getCurrent().navigate(TableProfileView.class);
        roundtrips();
        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("profile-save"))).as("no visible save button").isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Alleen de voorzitter en het programmabureau kunnen het tafelprofiel wijzigen.")))
                .hasSize(1);
    }

    @Test
    void pageTitleNamesTheSubject() {
        login("lid-haz");
        UI.getCurrent().navigate(TableProfileView.class);
        assertThat(_get(TableProfileView.class).getPageTitle()).isEqualTo("Tafelprofiel · Tafelwerk");
    }
}
