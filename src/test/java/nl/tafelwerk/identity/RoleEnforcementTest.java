package nl.tafelwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.meetings.TableProfile;
import nl.tafelwerk.meetings.TableProfileChange;
import nl.tafelwerk.meetings.TableProfileConflictException;
import nl.tafelwerk.meetings.TableProfileService;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Roles are enforced in the services, whatever a view shows or hides. */
@TafelwerkTest
class RoleEnforcementTest {

    @Autowired
    UserService users;
    @Autowired
    TableProfileService profiles;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void observerCannotChangeAnything() {
        actAs("waarnemer");
        assertThatThrownBy(() -> users.create(new NewUser("x-observer", "X", Role.OBSERVER, null, "een-goed-wachtwoord")))
                .isInstanceOf(AccessDeniedException.class);
        TableProfile current = profiles.current();
        assertThatThrownBy(() -> profiles.save(changeOf(current, "Andere naam")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.post(TopicId.of("table-profile"), "Mag ik dit zeggen?"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.current().name()).isEqualTo(current.name());
    }

    @Test
    void memberMayCommentButNotChangeTheProfileOrUsers() {
        actAs("lid-lz");
        assertThat(comments.post(TopicId.of("role-test"), "Vanuit LZ: eens.").authorId()).isEqualTo("lid-lz");
        assertThatThrownBy(() -> profiles.save(changeOf(profiles.current(), "Andere naam")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallerIsRefused() {
        assertThatThrownBy(() -> profiles.current()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(Exception.class);
    }

    @Test
    void secretariatSavesTheProfileAndAStaleSaveIsRefusedWithTheCurrentValues() {
        actAs("programmabureau");
        TableProfile loaded = profiles.current();
        TableProfile saved = profiles.save(changeOf(loaded, loaded.name() + " (bijgewerkt)"));
        assertThat(saved.version()).isGreaterThan(loaded.version());
        assertThat(saved.updatedBy()).isEqualTo("Secretaris programmabureau");

        actAs("voorzitter");
        assertThatThrownBy(() -> profiles.save(changeOf(loaded, "Mijn verouderde naam")))
                .isInstanceOfSatisfying(TableProfileConflictException.class,
                        conflict -> assertThat(conflict.current().name()).isEqualTo(saved.name()));
        assertThat(profiles.current().name()).isEqualTo(saved.name());
        profiles.save(changeOf(profiles.current(), loaded.name()));
    }

    @Test
    void profileRejectsEmptyAndOverlongFieldsBySaying() {
        actAs("voorzitter");
        TableProfile current = profiles.current();
        assertThatThrownBy(() -> profiles.save(changeOf(current, "  ")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> profiles.save(changeOf(current, "x".repeat(TableProfile.NAME_MAX + 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.tooLong"));
        assertThat(profiles.current().version()).isEqualTo(current.version());
    }

    @Test
    void administratorCannotDeactivateThemself() {
        actAs("beheerder");
        UserListItem me = users.list().stream().filter(u -> u.username().equals("beheerder")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.setActive(me.id(), me.version(), false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.self.deactivate"));
    }

    @Test
    void staleUserChangeIsRefused() {
        actAs("beheerder");
        UserListItem created = users.create(new NewUser("stale-test", "Stale test", Role.OBSERVER, null, "een-goed-wachtwoord"));
        users.update(new UserChange(created.id(), created.version(), "Eerste wijziging", Role.OBSERVER, null));
        assertThatThrownBy(() -> users.update(new UserChange(created.id(), created.version(), "Tweede wijziging", Role.OBSERVER, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.stale"));
    }

    private static TableProfileChange changeOf(TableProfile profile, String name) {
        return new TableProfileChange(name, profile.purpose(), profile.meetingCadence(), profile.nextMeetingDate(),
                profile.memberNotice(), List.copyOf(profile.seats()), profile.version());
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
