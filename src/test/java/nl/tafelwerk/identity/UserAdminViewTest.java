package nl.tafelwerk.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.identity.internal.UserAccount;
import nl.tafelwerk.identity.internal.UserAccountRepository;
import nl.tafelwerk.identity.ui.UserAdminView;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends AbstractUiTest {

    @Autowired
    private UserDirectory directory;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private UserService users;

    @BeforeEach
    void openAdministration() {
        login("beheerder");
        UI.getCurrent().navigate(UserAdminView.class);
    }

    @Test
    void anSsoAccountIsMarkedAndHasNoPasswordToReset() {
        UserAccount sso = new UserAccount("sso-beheerscherm", "Via SSO (test)", "{noop}" + java.util.UUID.randomUUID(),
                Role.OBSERVER, null, java.time.Instant.now());
        sso.linkSingleSignOn("https://sso.example.nl/realms/ipt", "sub-beheerscherm");
        accounts.saveAndFlush(sso);
        UI.getCurrent().navigate(nl.tafelwerk.shell.StartView.class);
        UI.getCurrent().navigate(UserAdminView.class);

        UserListItem item = users.list().stream().filter(u -> u.username().equals("sso-beheerscherm")).findFirst()
                .orElseThrow();
        assertThat(item.viaSso()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<UserListItem> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        grid.select(item);

        assertThat(_get(Span.class, spec -> spec.withId("user-sso-note")).getText()).startsWith("Aangemeld via SSO");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("user-reset-password"))).as("no visible 'Wachtwoord resetten'").isEmpty();
        assertThatThrownBy(() -> users.resetPassword(item.id(), item.version(), "een-goed-wachtwoord"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.sso.noPassword"));
    }

    @Test
    void administratorAddsAMemberBoundToASector() {
        fillNewUser("lid-ggz-test", "Lid GGZ (test)", Role.MEMBER, "GGZ", "een-goed-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        AuthenticatedUser created = directory.findActive("lid-ggz-test").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.MEMBER);
        assertThat(created.sectorCode()).isEqualTo("GGZ");
        assertThat(_get(TextField.class, spec -> spec.withId("user-username")).isReadOnly()).isTrue();
    }

    @Test
    void emptyRequiredFieldsGetDutchMessagesAndNothingIsSaved() {
        long before = directory.count();
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Dit veld is verplicht");
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name")).getErrorMessage()).isEqualTo("Dit veld is verplicht");
        assertThat(directory.count()).isEqualTo(before);
    }

    @Test
    void overlongNameIsRefusedBesideTheField() {
        long before = directory.count();
        fillNewUser("te-lange-naam", "x".repeat(UserRules.DISPLAY_NAME_MAX + 1), Role.OBSERVER, null, "een-goed-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        TextField name = _get(TextField.class, spec -> spec.withId("user-display-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Hoogstens 100 tekens");
        assertThat(directory.count()).isEqualTo(before);
    }

    @Test
    void duplicateUserNameGetsAClearMessage() {
        long before = directory.count();
        fillNewUser("voorzitter", "Tweede voorzitter", Role.CHAIR, null, "een-goed-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("De gebruikersnaam voorzitter bestaat al; kies een andere");
        assertThat(directory.count()).isEqualTo(before);
    }

    @Test
    void memberWithoutSectorIsRefused() {
        fillNewUser("lid-zonder-sector", "Lid zonder sector", Role.MEMBER, null, "een-goed-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        ComboBox<?> sector = _get(ComboBox.class, spec -> spec.withId("user-sector"));
        assertThat(sector.isInvalid()).isTrue();
        assertThat(sector.getErrorMessage()).isEqualTo("Een tafellid hoort bij precies één sector; kies de sector");
        assertThat(directory.findActive("lid-zonder-sector")).isEmpty();
    }

    @Test
    void gridCountsAndFiltersUsers() {
        Span count = _get(Span.class, spec -> spec.withId("user-count"));
        assertThat(count.getText()).matches("\\d+ gebruikers");
        _get(TextField.class, spec -> spec.withId("user-search")).setValue("voorzitter");
        assertThat(count.getText()).matches("\\d+ gebruikers, \\d+ gefilterd");
    }

    @SuppressWarnings("unchecked")
    private static void fillNewUser(String username, String displayName, Role role, String sectorCode, String password) {
        _get(TextField.class, spec -> spec.withId("user-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue(displayName);
        ((ComboBox<Role>) _get(ComboBox.class, spec -> spec.withId("user-role"))).setValue(role);
        ComboBox<SectorView> sector = _get(ComboBox.class, spec -> spec.withId("user-sector"));
        if (sectorCode != null) {
            sector.setValue(sector.getListDataView().getItems().filter(s -> s.code().equals(sectorCode)).findFirst().orElseThrow());
        }
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue(password);
    }
}
