package nl.tafelwerk.collaboration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingStep;
import nl.tafelwerk.meetings.NewAgendaItem;
import nl.tafelwerk.meetings.NewMeeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: screenshots of the notification bell, the Meldingen view and meeting mode with a linked
 * comparison and the gremium choice, for a human to look at. Run with
 * {@code mvn test -Dgroups=screenshots -DexcludedGroups=bench -Dtest=NotificationScreenshots}.
 */
@Tag("screenshots")
@TafelwerkTest
class NotificationScreenshots {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;

    @Test
    void take() {
        notifications.notifyUsers(List.of("lid-lz"), new Notice("meeting.agenda-fixed",
                "Agenda vastgesteld: tafelvergadering donderdag 14 januari 2027",
                "Secretaris programmabureau heeft de agenda vastgesteld van de tafelvergadering op donderdag 14 januari 2027, 14:00–16:00 (Utrecht).",
                "vergaderingen"));
        notifications.notifyUsers(List.of("lid-lz"), new Notice("meeting.papers-sent",
                "Stukken verzonden: tafelvergadering donderdag 14 januari 2027",
                "Secretaris programmabureau heeft de stukken verzonden. Lees ze vóór de vergadering.", "vergaderingen"));
        notifications.notifyUsers(List.of("lid-lz"), new Notice("advice.sent", "Advies vastgesteld: VS-01 Medicatieoverdracht",
                "De voorzitter heeft het advies over VS-01 vastgesteld (versie 2).", "voorraadagenda/VS-01"));
        Meeting m = meetingWithComparison();

        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync")));
            Page member = login(browser, "lid-lz");
            member.addStyleTag(new Page.AddStyleTagOptions().setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
            member.waitForTimeout(1500);
            member.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notifications-bell-start.png")));
            member.locator("#notification-bell").click();
            member.waitForURL(base() + "meldingen");
            member.waitForTimeout(1500);
            member.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notifications-view.png")));

            Page chair = login(browser, "voorzitter");
            chair.setViewportSize(1920, 1080);
            chair.navigate(base() + "vergaderingen/" + m.id() + "/vergadermodus");
            chair.waitForTimeout(2000);
            chair.locator("#decision-outcome").click();
            chair.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Gremium kiezen")).click();
            chair.waitForTimeout(800);
            chair.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/meeting-mode-linked-gremium.png"))
                    .setFullPage(true));
            browser.close();
        }
    }

    private Meeting meetingWithComparison() {
        actAs("programmabureau");
        LocalDateTime start = LocalDate.now().plusYears(12).atTime(14, 0);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(2), "Utrecht, Nictiz"));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCENARIOVERGELIJKING, "SC-01, SC-02", null, "Programmabureau", 20));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        actAs("voorzitter");
        Meeting running = meetings.take(m.id(), MeetingStep.OPENEN);
        SecurityContextHolder.clearContext();
        return running;
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private Page login(Browser browser, String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setTimezoneId("Europe/Amsterdam")
                .setViewportSize(1366, 800)).newPage();
        page.navigate(base() + "login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("tafelwerk-demo");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(base());
        return page;
    }
}
