package nl.tafelwerk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class AuditLogViewTest extends AbstractUiTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditService audit;

    @Test
    @SuppressWarnings("unchecked")
    void administratorFiltersTheLogByKind() {
        events.publishEvent(new AuditEvent(AuditType.LOGIN_FAILED, "view-test", "BadCredentialsException",
                AuditOutcome.FAILURE, "view-test"));
        login("beheerder");
        UI.getCurrent().navigate("beheer/audit");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Beheer · Auditlog");

        MultiSelectComboBox<AuditType> types = _get(MultiSelectComboBox.class, spec -> spec.withId("audit-types"));
        types.setValue(Set.of(AuditType.LOGIN_FAILED));

        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        int rows = GridKt._size(grid);
        assertThat(rows).isPositive();
        for (int i = 0; i < rows; i++) {
            assertThat(GridKt._get(grid, i).type()).isEqualTo(AuditType.LOGIN_FAILED);
        }
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).endsWith("(gefilterd)");
    }

    @Test
    void aSignedInUserRefusedAViewIsLoggedWithTheRouteButTheMenuIsNot() {
        Instant before = Instant.now().minusSeconds(1);
        login("lid-lz");
        UI.getCurrent().navigate("");
        assertThat(refusalsOf("lid-lz", before)).as("drawing the menu checks every view; that is no refusal").isEmpty();

        assertThatThrownBy(() -> UI.getCurrent().navigate("beheer/gebruikers")).hasMessageContaining("Access is denied");

        assertThat(refusalsOf("lid-lz", before)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("/beheer/gebruikers");
            assertThat(e.detail()).isEqualTo("route UserAdminView");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.clientAddress()).isNotBlank().isNotEqualTo("onbekend");
        });
    }

    private List<AuditEntry> refusalsOf(String actor, Instant since) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "beheerder", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            return audit.list(new AuditFilter(actor, Set.of(AuditType.ACCESS_DENIED), since, null),
                    List.of(AuditSort.NEWEST_FIRST), 0, 100);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    void aMemberHasNoMenuItemAndCannotOpenTheLog() {
        login("lid-haz");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Beheer · Auditlog");
        assertThatThrownBy(() -> UI.getCurrent().navigate("beheer/audit")).hasMessageContaining("Access is denied");
    }
}
