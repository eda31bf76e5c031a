package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingStep;
import nl.tafelwerk.meetings.NewAgendaItem;
import nl.tafelwerk.meetings.NewMeeting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Meeting mode in real browsers: the chair on the projector (1920×1080) moves through the agenda; a
 * member who follows sees each item without reloading, one who stepped out stays where they are and
 * can step back in. Reports the time from the chair's click to the follower's screen showing the item.
 */
class MeetingModeBrowserTest extends BrowserTest {

    private static final String[] ITEMS = {"Opening en mededelingen", "Risico: capaciteit werkgroepen",
            "Scoreronde 2027-1", "Rondvraag en sluiting"};

    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void followersSeeTheChairsItemLiveAndOneWhoSteppedOutStaysWhereTheyAre() throws IOException {
        Meeting m = runningMeeting();
        String path = "/vergaderingen/" + m.id() + "/vergadermodus";

        // The first page after start-up can take long on a busy machine (development-mode bundle).
        Page warmUp = newPage();
        warmUp.navigate(url("/login"));
        warmUp.waitForSelector("vaadin-login-form", new Page.WaitForSelectorOptions().setTimeout(120_000));
        Page chair = loginAs(newPage(1920, 1080, 1), "voorzitter");
        open(chair, path, "Vergadermodus · Tafelwerk");
        Page follower = loginAs(newPage(1366, 768, 1), "lid-haz");
        open(follower, path, "Vergadermodus · Tafelwerk");
        Page steppedOut = loginAs(newPage(1366, 768, 1), "lid-msz");
        open(steppedOut, path, "Vergadermodus · Tafelwerk");
        for (Page p : List.of(chair, follower, steppedOut)) {
            assertThat(p.locator("#meeting-item-title")).hasText(ITEMS[0]);
        }
        follower.locator("#meeting-follow").click();
        assertThat(follower.locator("#meeting-follow-back")).isHidden();
        // lid-msz follows, then steps out by moving on alone
        steppedOut.locator("#meeting-follow").click();
        steppedOut.locator("#meeting-next").click();
        assertThat(steppedOut.locator("#meeting-item-title")).hasText(ITEMS[1]);
        assertThat(steppedOut.locator("#meeting-follow-back")).isVisible();
        steppedOut.locator("#meeting-previous").click();
        assertThat(steppedOut.locator("#meeting-item-title")).hasText(ITEMS[0]);

        List<Long> latencies = new ArrayList<>();
        int[] route = {1, 2, 3, 2, 1, 2, 3};
        int at = 0;
        for (int target : route) {
            String button = target > at ? "#meeting-next" : "#meeting-previous";
            latencies.add(clickToFollower(chair, follower, button, ITEMS[target]));
            assertThat(chair.locator("#meeting-item-title")).hasText(ITEMS[target]);
            at = target;
        }
        assertThat(steppedOut.locator("#meeting-item-title")).hasText(ITEMS[0]);
        assertThat(follower.locator("#meeting-item-position")).hasText("Punt 4 van 4");

        // one key: Page Up on the projector
        chair.locator("#meeting-item-title").click();
        chair.keyboard().press("PageUp");
        assertThat(chair.locator("#meeting-item-title")).hasText(ITEMS[2]);
        assertThat(follower.locator("#meeting-item-title")).hasText(ITEMS[2]);

        steppedOut.locator("#meeting-follow-back").click();
        assertThat(steppedOut.locator("#meeting-item-title")).hasText(ITEMS[2]);

        // a decision and an action recorded by the chair appear on everyone's screen
        chair.locator("#decision-text").locator("input").fill("De tafel neemt kennis van de scoreronde");
        chair.locator("#decision-record").click();
        assertThat(follower.locator("#meeting-decisions")).containsText("De tafel neemt kennis van de scoreronde");
        assertThat(steppedOut.locator("#meeting-decisions")).containsText("De tafel neemt kennis van de scoreronde");
        assertThat(chair.locator("#meeting-timer")).containsText("van 20:00");
        // the minutes of the item start from its decisions
        assertThat(input(chair, "minutes-text")).hasValue(containing("Besluit: De tafel neemt kennis van de scoreronde"));

        chair.waitForTimeout(1200);
        screenshot(chair, "meeting-mode-projector-1920x1080");
        screenshot(follower, "meeting-mode-laptop-1366x768");

        float bodyPx = Float.parseFloat(String.valueOf(chair.evaluate(
                "parseFloat(getComputedStyle(document.querySelector('.tw-meeting-mode li')).fontSize)")));
        org.assertj.core.api.Assertions.assertThat(bodyPx).as("body text on the projector").isGreaterThanOrEqualTo(24f);

        List<String> report = new ArrayList<>();
        List<String> serious = new ArrayList<>();
        AccessibilityBrowserTest.scan(chair, "vergadermodus", report, serious);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("axe-report-vergadermodus.txt"), report);
        org.assertj.core.api.Assertions.assertThat(serious).as("serious axe findings on the projector view").isEmpty();

        open(chair, "/vergaderingen/" + m.id(), "Vergadering · Tafelwerk");
        assertThat(chair.locator("#meeting-quorum")).hasText("Quorum: alle deelnemende sectoren aanwezig");
        screenshot(chair, "meeting-page-1920x1080");
        open(follower, "/vergaderingen", "Vergaderingen · Tafelwerk");
        screenshot(follower, "meetings-list-lid-haz");
        open(follower, "/", "Vandaag aan tafel · Tafelwerk");
        assertThat(follower.locator("#start-meeting")).isVisible();
        screenshot(follower, "start-meeting-lid-haz");

        List<Long> sorted = latencies.stream().sorted().toList();
        String figure = "Follow-the-chair latency (chair's click → follower shows the item), " + sorted.size()
                + " moves: median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.getLast() + " ms, all " + latencies;
        System.out.println(figure);
        Files.writeString(SCREENSHOTS.resolve("follow-latency.txt"), figure + System.lineSeparator());
    }

    /**
     * Clicks in the chair's browser and returns the milliseconds until the follower's title shows
     * {@code expected}; both browsers run on this machine, so both read the same Date.now() clock.
     */
    private static long clickToFollower(Page chair, Page follower, String button, String expected) {
        follower.evaluate("expected => { window.__shownAt = 0; const t = document.querySelector('#meeting-item-title');"
                + " const o = new MutationObserver(() => { if (t.textContent === expected && !window.__shownAt) {"
                + " window.__shownAt = Date.now(); o.disconnect(); } });"
                + " o.observe(t, {childList: true, characterData: true, subtree: true}); }", expected);
        long clickedAt = ((Number) chair.evaluate("b => { const at = Date.now(); document.querySelector(b).click(); return at; }",
                button)).longValue();
        assertThat(follower.locator("#meeting-item-title")).hasText(expected);
        long shownAt = ((Number) follower.evaluate("() => window.__shownAt")).longValue();
        return shownAt - clickedAt;
    }

    private Meeting runningMeeting() {
        actAs("programmabureau");
        LocalDateTime start = LocalDate.now().plusYears(6).atTime(10, 0);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(2), "Utrecht en online"));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, ITEMS[0], "Voorzitter", 5));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.RISICO, null, ITEMS[1], "Programmabureau", 10));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, ITEMS[2], "Programmabureau", 20));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, ITEMS[3], "Voorzitter", 5));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        for (String member : List.of("lid-haz", "lid-msz", "lid-lz")) {
            meetings.setPresent(m.id(), member, true);
        }
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
}
