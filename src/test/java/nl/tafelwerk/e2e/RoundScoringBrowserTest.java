package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.ScoringRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two members score the same round at once in two real browsers: each sees the other's progress arrive live and
 * never the other's scores; the chair's reveal, in a third browser, switches both screens (and the projector) to the
 * results without a reload.
 */
class RoundScoringBrowserTest extends BrowserTest {

    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    UserDetailsService users;

    @Test
    void twoMembersSeeEachOthersProgressLiveNotTheirScoresAndTheRevealReachesBoth() {
        ScoringRound round = openRound();
        // every active member of HAZ and MSZ: other test classes in this context may have added some
        int members = round.members();
        String path = "/scoringsrondes/" + round.id();
        String title = round.title() + " · Tafelwerk";
        String secretHaz = "toelichting-haz-" + System.nanoTime();
        String secretMsz = "toelichting-msz-" + System.nanoTime();

        Page haz = loginAs("lid-haz");
        Page msz = loginAs("lid-msz");
        Page projector = loginAs(newPage(1920, 1080, 1), "voorzitter");
        open(haz, path, title);
        open(msz, path, title);
        open(projector, path + "/projectie", round.title() + " · Projectie · Tafelwerk");
        assertThat(msz.locator("#round-progress-total")).hasText("0 van " + members + " leden klaar");

        score(haz, round, 5, secretHaz);
        assertThat(msz.locator("#round-progress-total")).hasText("1 van " + members + " leden klaar");
        assertThat(msz.locator("#round-progress-people [data-member='lid-haz']")).containsText("(HAZ): 1 van 1 item");
        assertThat(projector.locator("#round-progress-total")).hasText("1 van " + members + " leden klaar");
        assertThat(msz.locator("body")).not().containsText(secretHaz);
        screenshot(msz, "round-member-sees-progress-laptop");

        score(msz, round, 13, secretMsz);
        assertThat(haz.locator("#round-progress-total")).hasText("2 van " + members + " leden klaar");
        assertThat(haz.locator("body")).not().containsText(secretMsz);
        assertThat(msz.locator("body")).not().containsText(secretHaz);
        screenshot(projector, "round-projector-before-reveal");

        Page chair = loginAs("voorzitter");
        open(chair, path, title);
        chair.locator("#round-reveal").click();
        chair.locator("#round-reveal-confirm").click();
        assertThat(chair.locator("#round-results")).isVisible();

        // no reload on the members' screens or the projector: the reveal arrives by push
        assertThat(haz.locator("#round-results")).isVisible();
        assertThat(msz.locator("#round-results")).isVisible();
        assertThat(haz.locator("#round-results")).containsText(secretMsz);
        assertThat(msz.locator("#round-results")).containsText(secretHaz);
        assertThat(projector.locator("#round-projection-results")).isVisible();
        screenshot(haz, "round-member-after-reveal-laptop");
        screenshot(projector, "round-projector-after-reveal");
        screenshot(chair, "round-chair-results-laptop");

        open(chair, path + "/rangorde", "Rangorde · " + round.title() + " · Tafelwerk");
        assertThat(chair.locator("#ranking-grid")).isVisible();
        screenshot(chair, "round-ranking-laptop");
        Page wide = loginAs(newPage(1920, 1080, 1), "voorzitter");
        open(wide, path + "/rangorde?projectie", "Rangorde · " + round.title() + " · Tafelwerk");
        screenshot(wide, "round-ranking-projector");
        open(wide, "/scoringsrondes", "Scoringsrondes · Tafelwerk");
        screenshot(wide, "rounds-list-projector");
        open(haz, "/scoringsrondes", "Scoringsrondes · Tafelwerk");
        screenshot(haz, "rounds-list-laptop");
    }

    private ScoringRound openRound() {
        UserDetails chair = users.loadUserByUsername("voorzitter");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(chair, null, chair.getAuthorities()));
        try {
            return rounds.open(new RoundOpening("Browserronde " + System.nanoTime() % 10_000,
                    List.of(new RoundItemRef(RoundItemKind.VRAAGSTUK, "VS-03")), frameworks.current().orElseThrow().id(),
                    Instant.now().plus(Duration.ofDays(1)), RoundRevealMode.NAMED, RoundQuorum.EVERY_SECTOR, Set.of("HAZ", "MSZ")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void score(Page page, ScoringRound round, int value, String rationale) {
        for (ScoredCriterion criterion : round.criteria()) {
            Locator select = page.locator("#score-0-" + criterion.code());
            // the field itself, not the criterion's description under it, opens the list; the option is taken from
            // this select's own list (a list still closing from the previous field shows the same values)
            select.locator("[part='input-field']").click();
            assertThat(select).hasAttribute("opened", "");
            select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(String.valueOf(value)).setExact(true)).click();
            assertThat(select).not().hasAttribute("opened", "");
        }
        input(page, "rationale-0-" + round.criteria().getFirst().code()).fill(rationale);
        page.locator("#score-save-0").click();
        assertThat(page.locator("[data-item] .tw-round-item-state").first()).hasText("Klaar");
    }
}
