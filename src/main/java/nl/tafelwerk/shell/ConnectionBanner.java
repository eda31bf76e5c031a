package nl.tafelwerk.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A calm banner at the top of the app frame while the server cannot be reached ("Verbinding verbroken —
 * je wijzigingen worden bewaard") and briefly when it is back. Watched in the browser: Vaadin's own
 * connection state, the browser's offline/online events and a light probe every few seconds (Vaadin
 * does not always notice that the server itself went away). While offline the page is marked
 * {@code tw-offline}, which hides presence avatars: who was here is unknown until a round trip to this
 * UI succeeds again (after a restart the page reloads, so the avatars of people who left never return).
 */
final class ConnectionBanner extends Div {

    private static final String SCRIPT = """
            const banner = this;
            const lost = $0;
            const restored = $1;
            if (banner.__tafelwerkWatching) {
              return;
            }
            banner.__tafelwerkWatching = true;
            let down = false;
            let hideTimer = null;
            const show = (isDown) => {
              if (isDown === down) {
                return;
              }
              down = isDown;
              if (isDown) {
                document.documentElement.classList.add('tw-offline');
              }
              banner.textContent = isDown ? lost : restored;
              banner.dataset.state = isDown ? 'lost' : 'restored';
              banner.hidden = false;
              clearTimeout(hideTimer);
              if (!isDown) {
                hideTimer = setTimeout(() => { banner.hidden = true; }, 5000);
              }
            };
            const probe = () => fetch(window.location.origin + '/icons/table.svg', { cache: 'no-store', redirect: 'manual' })
                .then(() => show(false), () => show(true));
            const state = window.Vaadin && window.Vaadin.connectionState;
            if (state && state.addStateChangeListener) {
              state.addStateChangeListener((previous, next) => {
                if (next === 'reconnecting' || next === 'connection-lost') {
                  show(true);
                } else if (next === 'connected') {
                  // Only a round trip that reached this UI proves the avatars are current again; after a
                  // restart that never happens (the page reloads into the login), so stale ones stay hidden.
                  document.documentElement.classList.remove('tw-offline');
                  probe();
                }
              });
            }
            window.addEventListener('offline', () => show(true));
            window.addEventListener('online', probe);
            setInterval(probe, 3000);
            """;

    ConnectionBanner() {
        setId("connection-banner");
        addClassName("tw-connection-banner");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-state", "connected");
        getElement().setAttribute("hidden", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(SCRIPT, getTranslation("connection.lost"), getTranslation("connection.restored"));
    }
}
