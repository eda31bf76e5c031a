package nl.tafelwerk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.HttpBrowser;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.AgendaExport;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukFilter;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserService;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The security audit log: what is recorded, that no password is, and that only administrators read it. */
@TafelwerkTest
class AuditLogTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    @Autowired
    AgendaExport agendaExport;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void failedLoginIsLoggedWithNameAndAddressButWithoutThePassword() throws Exception {
        String password = "geheim-Wachtwoord-7731";
        Instant before = Instant.now().minusSeconds(1);
        new HttpBrowser(port).login("lid-haz", password);

        List<AuditEntry> entries = entriesSince(before, AuditType.LOGIN_FAILED, "lid-haz");
        assertThat(entries).hasSize(1);
        AuditEntry failure = entries.getFirst();
        assertThat(failure.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(failure.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(failure.toString()).doesNotContain(password);
        actAs("beheerder");
        String csv = new String(audit.exportCsv(new AuditFilter("lid-haz", Set.of(), before, null), List.of(AuditSort.NEWEST_FIRST)),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Inloggen mislukt").doesNotContain(password);
    }

    @Test
    void successfulLoginIsLogged() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        new HttpBrowser(port).login("lid-nictiz", "tafelwerk-demo");

        assertThat(entriesSince(before, AuditType.LOGIN_SUCCEEDED, "lid-nictiz")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS));
    }

    @Test
    void observerCannotReadTheLogAndTheRefusalIsItselfLogged() {
        Instant before = Instant.now().minusSeconds(1);
        actAs("waarnemer");
        assertThatThrownBy(() -> audit.list(AuditFilter.ALL, List.of(AuditSort.NEWEST_FIRST), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.ALL, List.of())).isInstanceOf(AccessDeniedException.class);
        actAs("voorzitter");
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince(before, AuditType.ACCESS_DENIED, "waarnemer"))
                .extracting(AuditEntry::subject).contains("AuditService.list", "AuditService.count");
    }

    @Test
    void aRefusalAServiceThrowsItselfIsLoggedOnceWithTheMethodAndTheReason() {
        Instant before = Instant.now().minusSeconds(1);
        actAs("lid-haz");
        long version = vraagstukken.find("VS-01").orElseThrow().version();
        assertThatThrownBy(() -> vraagstukken.transition("VS-01", LifecycleAction.TOELATEN, null, version))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince(before, AuditType.ACCESS_DENIED, "lid-haz")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("VraagstukService.transition");
            assertThat(e.detail()).isEqualTo("role MEMBER may not TOELATEN");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void aRefusalOfMethodSecurityIsLoggedOnceToo() {
        Instant before = Instant.now().minusSeconds(1);
        actAs("lid-vws");
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince(before, AuditType.ACCESS_DENIED, "lid-vws")).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("AuditService.count"));
    }

    @Test
    void anExportIsLoggedWithWhoAndWhat() {
        Instant before = Instant.now().minusSeconds(1);
        actAs("lid-lz");
        byte[] file = agendaExport.csv(VraagstukFilter.ALL, List.of());

        assertThat(entriesSince(before, AuditType.EXPORT, "lid-lz")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("voorraadagenda (CSV)");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.detail()).isEqualTo(file.length + " bytes");
        });
    }

    @Test
    void userAdministrationIsLoggedWithoutPasswords() {
        Instant before = Instant.now().minusSeconds(1);
        actAs("beheerder");
        UserListItem created = users.create(new NewUser("audit-lid", "Audit Lid", Role.MEMBER, "HAZ", "eerste-wachtwoord-1"));
        users.resetPassword(created.id(), created.version(), "tweede-wachtwoord-2");

        List<AuditEntry> entries = audit.list(new AuditFilter("beheerder", Set.of(AuditType.USER_CREATED, AuditType.PASSWORD_RESET),
                before, null), List.of(new AuditSort(AuditSort.Column.OCCURRED_AT, true)), 0, 10);
        assertThat(entries).extracting(AuditEntry::type).containsExactly(AuditType.USER_CREATED, AuditType.PASSWORD_RESET);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo("audit-lid");
            assertThat(e.toString()).doesNotContain("eerste-wachtwoord-1").doesNotContain("tweede-wachtwoord-2");
        });
        assertThat(entries.getFirst().detail()).isEqualTo("rol MEMBER, sector HAZ");
    }

    @Test
    void aFormulaTypedAsUserNameIsExportedAsText() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        new HttpBrowser(port).login("@SUM(1+1)", "geen-wachtwoord-1");
        actAs("beheerder");
        String csv = new String(audit.exportCsv(new AuditFilter("SUM(1+1)", Set.of(), before, null),
                List.of(AuditSort.NEWEST_FIRST)), StandardCharsets.UTF_8);
        // Defused once by the shared CSV writer: a spreadsheet shows it as text, and it reads back unchanged.
        assertThat(csv).contains(";'@SUM(1+1);").doesNotContain("''@SUM");
    }

    private List<AuditEntry> entriesSince(Instant since, AuditType type, String actor) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        actAs("beheerder");
        try {
            return audit.list(new AuditFilter(actor, Set.of(type), since, null), List.of(AuditSort.NEWEST_FIRST), 0, 100)
                    .stream().filter(e -> e.actor().equals(actor)).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
