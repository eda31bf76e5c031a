package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.SpringServlet;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.PresenceService;
import nl.tafelwerk.collaboration.TopicId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Two people in two browsers on the same vraagstuk: the programme office edits the title, the chair
 * sees the value arrive live with the office's field highlight, and the save reaches both.
 */
class VraagstukCoEditingBrowserTest extends BrowserTest {

    @Autowired
    PresenceService presence;
    @Autowired
    ServletRegistrationBean<SpringServlet> servlet;

    private static final String SECRETARY = "Secretaris programmabureau";
    private static final String TITLE = "VS-02 Aansluiting op Mitz afhankelijk van aanpassingen in bronapplicaties (XIS) · Tafelwerk";

    @Test
    void twoUsersEditTheSameVraagstukLive() {
        Page secretary = loginAs("programmabureau");
        Page chair = loginAs("voorzitter");
        open(secretary, "/voorraadagenda/VS-02", TITLE);
        open(chair, "/voorraadagenda/VS-02", TITLE);
        assertThat(chair.locator("#vraagstuk-presence vaadin-avatar[name='" + SECRETARY + "']").first()).isAttached();

        Locator secretaryTitle = input(secretary, "vraagstuk-title");
        Locator chairTitle = input(chair, "vraagstuk-title");
        String original = secretaryTitle.inputValue();
        String edited = original + " (e2e " + System.nanoTime() + ")";

        secretaryTitle.fill(edited);
        assertThat(chairTitle).hasValue(edited);
        assertThat(chair.locator("#vraagstuk-title vaadin-field-outline[has-active-user]")).isAttached();
        assertThat(chair.locator("#vraagstuk-title vaadin-user-tag [part='name']")).hasText(SECRETARY);
        screenshot(chair, "vraagstuk-chair-sees-secretary-typing");

        // Eight more people open it: the chair sees seven faces (own first) and "+3" for the rest.
        List<Registration> others = new ArrayList<>();
        VaadinService.setCurrent(servlet.getServlet().getService());
        try {
            for (int i = 1; i <= 8; i++) {
                others.add(presence.announce(CollaborationScope.background(), TopicId.item("vraagstuk", "VS-02"),
                        new Collaborator("bezoeker-" + i, "Bezoeker " + i)));
            }
            assertThat(chair.locator("#vraagstuk-presence vaadin-avatar[name='3 anderen zijn hier ook']").first()).isVisible();
            screenshot(chair, "vraagstuk-chair-sees-ten-people");
        } finally {
            others.forEach(Registration::remove);
            VaadinService.setCurrent(null);
        }
        assertThat(chair.locator("#vraagstuk-presence vaadin-avatar[name='3 anderen zijn hier ook']")).hasCount(0);

        secretary.locator("#vraagstuk-save").click();
        assertThat(secretary.locator("#vraagstuk-save-state")).hasAttribute("data-state", "saved");
        assertThat(chair.locator("#vraagstuk-save-state")).hasAttribute("data-state", "saved");
        assertThat(chairTitle).hasValue(edited);

        // A reload shows what the database holds, not what the engine remembers.
        chair.reload();
        assertThat(input(chair, "vraagstuk-title")).hasValue(edited);
        screenshot(chair, "vraagstuk-chair-after-reload");

        secretaryTitle.fill(original);
        secretary.locator("#vraagstuk-save").click();
        assertThat(secretary.locator("#vraagstuk-save-state")).hasAttribute("data-state", "saved");
    }
}
