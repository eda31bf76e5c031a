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
import java.util.Set;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class AuditLogViewTest extends AbstractUiTest {

    @Autowired
    ApplicationEventPublisher events;

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
    void aMemberHasNoMenuItemAndCannotOpenTheLog() {
        login("lid-haz");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Beheer · Auditlog");
        assertThatThrownBy(() -> UI.getCurrent().navigate("beheer/audit")).hasMessageContaining("Access is denied");
    }
}
