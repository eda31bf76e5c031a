package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Two people in two separate browsers: the chair and the programme office see each other online and
 * co-edit the table profile live, with field highlights, a shared save state and comments.
 */
class CoEditingBrowserTest extends BrowserTest {

    private static final String CHAIR = "Onafhankelijk voorzitter";
    private static final String SECRETARY = "Secretaris programmabureau";

    @Test
    void chairAndSecretaryCoEditTheTableProfileLive() {
        Page chair = loginAs("voorzitter");
        Page secretary = loginAs("programmabureau");

        // Presence: the chair's start page lists the secretary as soon as they are online.
        Locator secretaryOnline = chair.locator("#online-now .tw-online-person[data-user='programmabureau']");
        assertThat(secretaryOnline).isVisible();
        assertThat(secretaryOnline).containsText(SECRETARY);
        assertThat(secretary.locator("#online-now .tw-online-person[data-user='voorzitter']")).containsText(CHAIR);
        screenshot(chair, "two-users-start-chair");

        open(chair, "/tafel", "Tafelprofiel · Tafelwerk");
        open(secretary, "/tafel", "Tafelprofiel · Tafelwerk");
        // Both are connected to the profile's topic once each sees the other's avatar on it.
        assertThat(chair.locator("#profile-presence vaadin-avatar[name='" + SECRETARY + "']").first()).isAttached();
        assertThat(secretary.locator("#profile-presence vaadin-avatar[name='" + CHAIR + "']").first()).isAttached();

        Locator chairNotice = input(chair, "profile-notice");
        Locator secretaryNotice = input(secretary, "profile-notice");
        String original = chairNotice.inputValue();
        String edited = "Stukken uiterlijk vrijdag klaar (e2e " + System.nanoTime() + ")";

        // The chair types; the secretary sees the value arrive live and who is editing the field.
        chairNotice.fill(edited);
        assertThat(secretaryNotice).hasValue(edited);
        Locator highlight = secretary.locator("#profile-notice vaadin-field-outline[has-active-user]");
        assertThat(highlight).isAttached();
        assertThat(secretary.locator("#profile-notice vaadin-user-tag [part='name']")).hasText(CHAIR);
        assertThat(secretary.locator("#profile-save-state")).hasAttribute("data-state", "dirty");
        screenshot(secretary, "two-users-tafel-secretary-sees-chair-typing");

        // The chair saves; the secretary's save state follows.
        chair.locator("#profile-save").click();
        assertThat(chair.locator("#profile-save-state")).hasAttribute("data-state", "saved");
        assertThat(secretary.locator("#profile-save-state")).hasAttribute("data-state", "saved");
        assertThat(secretary.locator("#profile-save-state")).containsText("Opgeslagen door " + CHAIR);
        assertThat(secretaryNotice).hasValue(edited);

        // The secretary comments; the chair sees the comment appear.
        String comment = "Akkoord met de nieuwe mededeling (e2e " + System.nanoTime() + ")";
        secretary.locator("#profile-comments .tw-comment-input textarea").fill(comment + " @voorzitter");
        secretary.locator("#profile-comments .tw-comment-send").click();
        Locator arrived = chair.locator("#profile-comments .tw-comment-thread").filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(arrived).hasCount(1);
        assertThat(arrived).containsText(SECRETARY);
        assertThat(arrived.locator(".tw-mention")).hasText("@voorzitter");
        assertThat(arrived.locator(".tw-comment-new")).hasText("Nieuw");

        // The chair replies and resolves; the secretary sees both without reloading.
        arrived.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beantwoorden op de opmerking van " + SECRETARY)).click();
        arrived.locator(".tw-comment-reply-input textarea").fill("Akkoord, dank.");
        arrived.locator(".tw-comment-reply-send").click();
        Locator atSecretary = secretary.locator("#profile-comments .tw-comment-thread").filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(atSecretary.locator(".tw-comment-reply-item")).containsText("Akkoord, dank.");
        screenshot(chair, "comments-tafel-chair-before-resolve");
        arrived.locator(".tw-comment-resolve").click();
        assertThat(atSecretary).hasClass(containing("tw-comment-resolved"));
        screenshot(chair, "two-users-tafel-chair");
        screenshot(secretary, "two-users-tafel-secretary");

        // Put the demo notice back, so other tests sharing the database see the seeded profile text.
        chairNotice.fill(original);
        assertThat(secretaryNotice).hasValue(original);
        chair.locator("#profile-save").click();
        assertThat(chair.locator("#profile-save-state")).hasAttribute("data-state", "saved");
        assertThat(secretary.locator("#profile-save-state")).hasAttribute("data-state", "saved");
    }
}
