package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs slow work of a view (reading and saving an import file) on a virtual thread as the user who
 * started it, so the page can show a progress bar meanwhile; results come back through
 * {@link UI#access}. Without server push the page could not be updated from another thread, so the
 * work then runs at once; {@code tafelwerk.agenda.background=false} does the same (the UI tests run
 * the work in their own thread and transaction, which they roll back).
 */
@Component
class AgendaBackgroundWork {

    private final boolean enabled;

    AgendaBackgroundWork(@Value("${tafelwerk.agenda.background:true}") boolean enabled) {
        this.enabled = enabled;
    }

    boolean isBackground(UI ui) {
        return enabled && ui.getPushConfiguration().getPushMode().isEnabled();
    }

    /** Runs {@code work} with {@code security}; {@code work} reports back with {@link #onUi}. */
    void run(UI ui, SecurityContext security, Runnable work) {
        Runnable task = new DelegatingSecurityContextRunnable(work, security);
        if (isBackground(ui)) {
            Thread.ofVirtual().name("agenda-background").start(task);
        } else {
            task.run();
        }
    }

    /** Hands a result to the page: through {@link UI#access} from a background thread, directly otherwise. */
    void onUi(UI ui, Runnable update) {
        if (isBackground(ui)) {
            ui.access(update::run);
        } else {
            update.run();
        }
    }
}
