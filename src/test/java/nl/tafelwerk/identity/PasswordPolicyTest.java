package nl.tafelwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import nl.tafelwerk.HttpBrowser;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Own password change, the forced change after a reset, and BCrypt's 72-byte limit, in the services. */
@TafelwerkTest
class PasswordPolicyTest {

    /** 36 × 'é' is 36 characters but 72 bytes: the most BCrypt reads. */
    private static final String SEVENTY_TWO_BYTES = "é".repeat(36);
    private static final String SEVENTY_FOUR_BYTES = "é".repeat(37);

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    PasswordService passwords;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void passwordLongerThan72BytesIsRefusedWithAClearMessageEvenWhenItHasFewCharacters() {
        actAs("beheerder");
        assertThatThrownBy(() -> users.create(new NewUser("bytes-lid", "Bytes", Role.OBSERVER, null, SEVENTY_FOUR_BYTES)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("password.tooLongBytes");
                    assertThat(e.arguments()).containsExactly(72);
                });
        assertThat(users.create(new NewUser("bytes-lid", "Bytes", Role.OBSERVER, null, SEVENTY_TWO_BYTES)).username())
                .isEqualTo("bytes-lid");
    }

    @Test
    void userChangesOwnPasswordGivingTheCurrentOneAndLogsInWithTheNewOne() throws Exception {
        createUser("eigen-lid", "begin-wachtwoord");
        actAs("eigen-lid");
        assertRefused(() -> passwords.changeOwnPassword("fout-wachtwoord", "nieuw-wachtwoord", "nieuw-wachtwoord"),
                "current", "password.change.wrongCurrent");
        assertRefused(() -> passwords.changeOwnPassword("begin-wachtwoord", "kort", "kort"), "newPassword", "password.tooShort");
        assertRefused(() -> passwords.changeOwnPassword("begin-wachtwoord", SEVENTY_FOUR_BYTES, SEVENTY_FOUR_BYTES),
                "newPassword", "password.tooLongBytes");
        assertRefused(() -> passwords.changeOwnPassword("begin-wachtwoord", "nieuw-wachtwoord", "nieuw-wachtwoorf"),
                "repeat", "password.change.mismatch");
        assertRefused(() -> passwords.changeOwnPassword("begin-wachtwoord", "begin-wachtwoord", "begin-wachtwoord"),
                "newPassword", "password.change.sameAsCurrent");

        passwords.changeOwnPassword("begin-wachtwoord", SEVENTY_TWO_BYTES, SEVENTY_TWO_BYTES);

        assertThat(location(new HttpBrowser(port).login("eigen-lid", "begin-wachtwoord"))).endsWith("/login?error");
        assertThat(location(new HttpBrowser(port).login("eigen-lid", SEVENTY_TWO_BYTES))).doesNotContain("error");
    }

    @Test
    void afterAnAdministratorsResetTheUserActsAsNobodyUntilTheyChoseTheirOwnPassword() {
        UserListItem user = createUser("reset-lid", "begin-wachtwoord");
        actAs("beheerder");
        users.resetPassword(user.id(), user.version(), "door-beheer-gekozen");

        actAs("reset-lid");
        assertThat(passwords.mustChangePassword()).isTrue();
        assertThat(currentUser.get()).as("no feature sees the user").isEmpty();
        assertThatThrownBy(() -> comments.post(TopicId.of("reset-test"), "Nog niet")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);

        passwords.changeOwnPassword("door-beheer-gekozen", "zelf-gekozen-wachtwoord", "zelf-gekozen-wachtwoord");

        assertThat(passwords.mustChangePassword()).isFalse();
        assertThat(currentUser.get()).map(AuthenticatedUser::username).contains("reset-lid");
        assertThat(comments.post(TopicId.of("reset-test"), "Nu wel").authorId()).isEqualTo("reset-lid");
        actAs("reset-lid");
        assertThat(passwords.mustChangePassword()).as("stored, not only in this session").isFalse();
    }

    @Test
    void anOverlongPasswordAtTheLoginFormIsAnOrdinaryFailure() throws Exception {
        HttpResponse<String> response = new HttpBrowser(port).login("lid-vws", "x".repeat(200));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?error");
    }

    private UserListItem createUser(String username, String password) {
        actAs("beheerder");
        return users.create(new NewUser(username, username, Role.MEMBER, "HAZ", password));
    }

    private static void assertRefused(Runnable call, String field, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
