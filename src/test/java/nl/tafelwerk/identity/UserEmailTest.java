package nl.tafelwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The optional e-mail address of an account, for notifications by e-mail. */
@TafelwerkTest
@Transactional
class UserEmailTest {

    @Autowired
    UserService users;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserDetailsService details;

    @BeforeEach
    void asAdmin() {
        UserDetails admin = details.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAddressIsOptionalStoredTrimmedAndCanBeChangedOrRemoved() {
        UserListItem none = users.create(new NewUser("mail-geen", "Zonder adres", Role.OBSERVER, null, "een-goed-wachtwoord"));
        assertThat(none.email()).isNull();
        assertThat(directory.emailOf("mail-geen")).isEmpty();

        UserListItem changed = users.update(new UserChange(none.id(), none.version(), "Met adres", Role.OBSERVER, null,
                "  a.jansen@nictiz.nl "));
        assertThat(changed.email()).isEqualTo("a.jansen@nictiz.nl");
        assertThat(directory.emailOf("mail-geen")).contains("a.jansen@nictiz.nl");

        UserListItem removed = users.update(new UserChange(changed.id(), changed.version(), "Met adres", Role.OBSERVER,
                null, ""));
        assertThat(removed.email()).isNull();
    }

    @Test
    void aWrongAddressIsRefusedOnItsFieldInDutch() {
        assertThatThrownBy(() -> users.create(new NewUser("mail-fout", "Fout adres", Role.OBSERVER, null,
                "een-goed-wachtwoord", "a.jansen at nictiz")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("user.email.invalid");
                });
        assertThat(java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT, java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)).getString("user.email.invalid"))
                .isEqualTo("Dit is geen geldig e-mailadres; schrijf het als naam@organisatie.nl.");
    }

    @Test
    void demoUsersHaveExampleOrgAddresses() {
        assertThat(directory.emailOf("lid-haz")).contains("lid-haz@example.org");
        assertThat(directory.emailOf("voorzitter")).contains("voorzitter@example.org");
    }
}
