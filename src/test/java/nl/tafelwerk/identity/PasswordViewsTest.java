package nl.tafelwerk.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.agenda.ui.VoorraadagendaView;
import nl.tafelwerk.identity.ui.ChangePasswordView;
import nl.tafelwerk.shell.StartView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordViewsTest extends AbstractUiTest {

    @Autowired
    private UserService users;

    @Test
    void memberChangesOwnPasswordFromTheUserMenuWithMessagesBesideTheFields() {
        createUser("menu-lid", "begin-wachtwoord", false);
        login("menu-lid");
        UI.getCurrent().navigate(StartView.class);

        _click(_get(Button.class, spec -> spec.withId("change-password")));
        fill("fout-wachtwoord", "nieuw-wachtwoord", "nieuw-wachtwoord");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet");

        fill("begin-wachtwoord", "é".repeat(40), "é".repeat(40));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("password-new"));
        assertThat(fresh.getErrorMessage()).startsWith("Te lang: hoogstens 72 bytes");

        fill("begin-wachtwoord", "nieuw-wachtwoord", "ander-wachtwoord");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-repeat")).getErrorMessage())
                .isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk");

        fill("begin-wachtwoord", "nieuw-wachtwoord", "nieuw-wachtwoord");
        assertThat(_find(Dialog.class)).as("dialog closed after the change").isEmpty();
    }

    @Test
    void afterAResetEveryAddressLeadsToTheChangePasswordViewUntilTheUserChoseOne() {
        createUser("gereset-lid", "door-beheer-gekozen", true);
        login("gereset-lid");

        UI.getCurrent().navigate(VoorraadagendaView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("beheer/gebruikers");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(_find(Button.class, spec -> spec.withId("change-password"))).as("no menu, no header").isEmpty();

        fill("door-beheer-gekozen", "zelf-gekozen-wachtwoord", "zelf-gekozen-wachtwoord");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StartView.class);
        UI.getCurrent().navigate(VoorraadagendaView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VoorraadagendaView.class);
    }

    private void fill(String current, String fresh, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), fresh);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("password-submit")));
    }

    private void createUser(String username, String password, boolean reset) {
        login("beheerder");
        UserListItem user = users.create(new NewUser(username, username, Role.MEMBER, "LZ", password));
        if (reset) {
            users.resetPassword(user.id(), user.version(), password);
        }
        logout();
    }
}
