package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.tafelwerk.collaboration.NotificationItem;
import nl.tafelwerk.collaboration.NotificationService;
import nl.tafelwerk.collaboration.internal.NotificationSignals;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.ui.DateTimes;

/** "Meldingen": the caller's notifications, newest first; filter, sort, open (marks read), mark (all) read. */
@Route("meldingen")
@PermitAll
@Menu(title = "nav.notifications", order = 5, icon = "icons/bell.svg")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final TextField search = new TextField();
    private final Checkbox unreadOnly = new Checkbox();
    private final Span count = new Span();
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Grid.Column<NotificationItem> whenColumn;

    NotificationsView(NotificationService notifications, NotificationSignals signals, CurrentUser currentUser) {
        this.notifications = notifications;
        signals.refreshWhileAttached(this, currentUser.require().username(), this::refresh);
        addClassName("tw-notifications");
        setSizeFull();
        H2 title = new H2(getTranslation("notifications.title"));

        search.setLabel(getTranslation("notifications.search"));
        search.setPlaceholder(getTranslation("notifications.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("notifications-search");
        unreadOnly.setLabel(getTranslation("notifications.unreadOnly"));
        unreadOnly.addValueChangeListener(e -> refresh());
        unreadOnly.setId("notifications-unread-only");
        Button allRead = new Button(getTranslation("notifications.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    notifications.markAllRead();
                    refresh();
                });
        allRead.setId("notifications-all-read");
        HorizontalLayout filters = new HorizontalLayout(search, unreadOnly, allRead);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.addClassName("tw-muted");
        count.setId("notifications-count");

        grid.setId("notifications-grid");
        // a notice is read in the list: whole title and text, not cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::stateBadge).setKey("state").setHeader(getTranslation("notifications.state"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(NotificationItem::read));
        whenColumn = grid.addColumn(n -> DateTimes.dateTime(getLocale(), n.createdAt()))
                .setHeader(getTranslation("notifications.when")).setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(NotificationItem::createdAt));
        grid.addColumn(NotificationItem::title).setKey("subject").setHeader(getTranslation("notifications.subject")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(NotificationItem::title, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(NotificationItem::body).setHeader(getTranslation("notifications.body")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("notifications.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(title, filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
        grid.sort(List.of(new GridSortOrder<>(whenColumn, SortDirection.DESCENDING)));
    }

    private Span stateBadge(NotificationItem item) {
        Span badge = new Span(item.read() ? getTranslation("notifications.read") : getTranslation("notifications.unread"));
        badge.addClassNames("tw-badge", item.read() ? "tw-notification-read" : "tw-notification-unread");
        return badge;
    }

    private HorizontalLayout actions(NotificationItem item) {
        Button open = new Button(getTranslation("notifications.open"), e -> open(item));
        open.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        open.setAriaLabel(getTranslation("notifications.open.label", item.title()));
        open.addClassName("notification-open");
        HorizontalLayout buttons = new HorizontalLayout(open);
        if (!item.read()) {
            Button markRead = new Button(getTranslation("notifications.markRead"), e -> {
                notifications.markRead(item.id());
                refresh();
            });
            markRead.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            markRead.setAriaLabel(getTranslation("notifications.markRead.label", item.title()));
            markRead.addClassName("notification-mark-read");
            buttons.add(markRead);
        }
        buttons.setSpacing(false);
        return buttons;
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }

    private void refresh() {
        List<NotificationItem> items = notifications.mine(search.getValue(), unreadOnly.getValue());
        grid.setItems(items);
        long unread = notifications.unreadCount();
        count.setText(getTranslation("notifications.count", items.size(), unread));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · Tafelwerk";
    }
}
