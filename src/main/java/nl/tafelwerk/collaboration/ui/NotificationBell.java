package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.tafelwerk.collaboration.NotificationService;
import nl.tafelwerk.collaboration.internal.NotificationSignals;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.ui.HeaderWidget;

/** The bell in the header with the number of unread notifications, kept up to date while the screen is open. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderWidget {

    private final NotificationService notifications;
    private final NotificationSignals signals;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, NotificationSignals signals, CurrentUser currentUser) {
        this.notifications = notifications;
        this.signals = signals;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create() {
        return new Bell(notifications, signals, currentUser.require().username());
    }

    static final class Bell extends Button {

        private final NotificationService notifications;
        private final Span count = new Span();

        Bell(NotificationService notifications, NotificationSignals signals, String username) {
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("tw-bell");
            addThemeVariants(ButtonVariant.TERTIARY);
            setIcon(VaadinIcon.BELL.create());
            count.addClassName("tw-bell-count");
            count.setId("notification-count");
            setSuffixComponent(count);
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("meldingen")));
            signals.refreshWhileAttached(this, username, this::refresh);
            refresh();
        }

        void refresh() {
            long unread = notifications.unreadCount();
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            String label = unread == 0 ? getTranslation("notifications.bell.none")
                    : getTranslation("notifications.bell.unread", unread);
            setAriaLabel(label);
            setTooltipText(label);
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            super.onAttach(attachEvent);
            refresh();
        }
    }
}
