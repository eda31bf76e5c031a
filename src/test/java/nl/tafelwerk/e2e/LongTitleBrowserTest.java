package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.assessment.PublishedFrameworks;
import nl.tafelwerk.assessment.RoundItemKind;
import nl.tafelwerk.assessment.RoundItemRef;
import nl.tafelwerk.assessment.RoundOpening;
import nl.tafelwerk.assessment.RoundQuorum;
import nl.tafelwerk.assessment.RoundRevealMode;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoringRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A long view title in the header wraps at word boundaries to two lines, keeps its whole text as a tooltip and leaves
 * the header's actions ("Projectie", the language switch) on screen: on a laptop (1366×768) and on a projector
 * (1920×1080 at 150 %, i.e. 1280×720 CSS pixels).
 */
class LongTitleBrowserTest extends BrowserTest {

    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    UserDetailsService users;

    @Test
    void aLongTitleWrapsAtWordsAndTheActionsStayOnScreen() {
        String title = "Prioritering gegevensuitwisseling langdurige zorg en wijkverpleging voorjaar " + System.nanoTime() % 10_000;
        ScoringRound round = openRound(title);
        for (int[] size : new int[][] {{1366, 768, 1}, {1280, 720, 2}}) {
            double zoom = size[2] == 1 ? 1 : 1.5;
            String name = size[2] == 1 ? "laptop-1366x768" : "projector-1920x1080-150pct";
            Page chair = loginAs(newPage(size[0], size[1], zoom), "voorzitter");
            open(chair, "/scoringsrondes/" + round.id(), title + " · Tafelwerk");
            Locator header = chair.locator(".tw-view-title");
            assertThat(header).hasText(title);
            assertThat(header).hasAttribute("title", title);
            actionsOnScreen(chair);
            double lineHeight = (double) chair.evaluate("parseFloat(getComputedStyle(document.querySelector('.tw-view-title')).lineHeight)");
            double height = header.boundingBox().height;
            org.assertj.core.api.Assertions.assertThat(height).as("the title takes one or two lines").isLessThanOrEqualTo(2 * lineHeight + 1);
            org.assertj.core.api.Assertions.assertThat((String) chair.evaluate("getComputedStyle(document.querySelector('.tw-view-title')).textOverflow"))
                    .as("no ellipsis after a few letters").isNotEqualTo("ellipsis");
            screenshot(chair, "long-title-round-" + name);

            open(chair, "/scenarios/SC-02", "SC-02 · Scenario · Tafelwerk");
            actionsOnScreen(chair);
            screenshot(chair, "long-title-scenario-" + name);
            open(chair, "/scenarios/vergelijk", "Scenario's vergelijken · Tafelwerk");
            assertThat(chair.locator(".tw-view-title")).hasText("Scenario's vergelijken");
            actionsOnScreen(chair);
            screenshot(chair, "long-title-comparison-" + name);
        }
    }

    /** Every action of the header (user menu, "Projectie", language switch) lies wholly inside the window. */
    private static void actionsOnScreen(Page page) {
        Locator actions = page.locator(".tw-header-actions").locator("xpath=./*"); // light DOM children only
        org.assertj.core.api.Assertions.assertThat(actions.count()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < actions.count(); i++) {
            assertThat(actions.nth(i)).isInViewport(new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions().setRatio(1));
        }
        assertThat(page.locator("#projector-toggle")).isInViewport();
    }

    private ScoringRound openRound(String title) {
        UserDetails chair = users.loadUserByUsername("voorzitter");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(chair, null, chair.getAuthorities()));
        try {
            return rounds.open(new RoundOpening(title, List.of(new RoundItemRef(RoundItemKind.VRAAGSTUK, "VS-03")),
                    frameworks.current().orElseThrow().id(), Instant.now().plus(Duration.ofDays(1)), RoundRevealMode.NAMED,
                    RoundQuorum.EVERY_SECTOR, Set.of("HAZ", "MSZ")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
