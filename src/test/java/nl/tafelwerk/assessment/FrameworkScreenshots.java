package nl.tafelwerk.assessment;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: publishes a version 2 (a weight, a scale, a new criterion, a renamed gate) and takes 1920×1080
 * screenshots of the framework's draft, its versions and the difference, also in projector mode, for a human to
 * look at. Run with {@code mvn test -Dgroups=screenshots -DexcludedGroups=bench -Dtest=FrameworkScreenshots}.
 */
@Tag("screenshots")
@TafelwerkTest
class FrameworkScreenshots {

    @LocalServerPort
    int port;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    UserDetailsService users;

    @Test
    void take() {
        new FrameworkTestSupport(users).actAs("voorzitter");
        FrameworkDraft d = frameworks.draft();
        List<FrameworkDraft.Criterion> criteria = new ArrayList<>(d.criteria());
        FrameworkDraft.Criterion urgency = criteria.stream().filter(c -> c.code().equals("S-URGENTIE")).findFirst().orElseThrow();
        criteria.set(criteria.indexOf(urgency), new FrameworkDraft.Criterion(urgency.key(), urgency.code(), urgency.name(),
                urgency.description(), urgency.scale(), new BigDecimal("2"), urgency.part()));
        FrameworkDraft.Criterion national = criteria.stream().filter(c -> c.code().equals("S-LANDELIJK")).findFirst().orElseThrow();
        criteria.set(criteria.indexOf(national), new FrameworkDraft.Criterion(national.key(), national.code(), national.name(),
                national.description(), "1, 2, 3, 4, 5", national.weight(), national.part()));
        List<FrameworkDraft.Gate> gates = new ArrayList<>(d.gates());
        FrameworkDraft.Gate impl = gates.get(4);
        gates.set(4, new FrameworkDraft.Gate(impl.key(), impl.code(), "Implementatiegerelateerd (GIS-portfolio)", impl.description()));
        d = frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), new BigDecimal("1.5"), gates, criteria, d.version()));
        d = frameworks.addCriterion();
        FrameworkDraft.Criterion fresh = d.criteria().getLast();
        criteria = new ArrayList<>(d.criteria());
        criteria.set(criteria.size() - 1, new FrameworkDraft.Criterion(fresh.key(), "S-REGIO", "Draagvlak in de regio's",
                "Steun van RSO's en regionale samenwerkingsverbanden.", fresh.scale(), BigDecimal.ONE, WsjfPart.RISK_REDUCTION));
        d = frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(), d.gates(), criteria, d.version()));
        FrameworkVersion v2 = frameworks.publish(d.version());
        SecurityContextHolder.clearContext();

        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync")));
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.locator("input[name=username]").fill("voorzitter");
            page.locator("input[name=password]").fill("tafelwerk-demo");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(base);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                page.navigate(base + "afwegingskader");
                page.waitForSelector("#framework-heading", new Page.WaitForSelectorOptions().setTimeout(120_000));
                page.waitForSelector("#framework-criteria vaadin-text-field", new Page.WaitForSelectorOptions().setTimeout(120_000));
                System.out.println("FRAMEWORK VIEW shown after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                start = System.nanoTime();
                page.navigate(base + "voorraadagenda/VS-01");
                page.waitForSelector("#vraagstuk-title", new Page.WaitForSelectorOptions().setTimeout(120_000));
                System.out.println("VRAAGSTUK VIEW (for comparison) shown after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
            shot(page, base + "afwegingskader", "framework-draft", "#framework-criteria vaadin-text-field");
            page.setViewportSize(1920, 3000);
            shot(page, base + "afwegingskader", "framework-draft-whole", "#framework-criteria vaadin-text-field");
            page.setViewportSize(1920, 1080);
            shot(page, base + "afwegingskader/versies", "framework-versions", "#framework-versions");
            shot(page, base + "afwegingskader/versies/" + v2.number(), "framework-version", "#framework-version-criteria");
            shot(page, base + "afwegingskader/verschil/1/" + v2.number(), "framework-diff", "#framework-diff-heading");
            shot(page, base + "afwegingskader/verschil/1/" + v2.number() + "?projectie", "framework-diff-projector", "#framework-diff-heading");
            browser.close();
        }
    }

    private static void shot(Page page, String url, String name, String shownWhen) {
        page.navigate(url);
        page.waitForSelector(shownWhen, new Page.WaitForSelectorOptions().setTimeout(120_000));
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/" + name + ".png")));
    }
}
