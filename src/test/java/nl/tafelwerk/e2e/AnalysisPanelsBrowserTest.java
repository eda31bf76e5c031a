package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis components (ranking, charts, what-if) in a real Chromium on the test-only preview route
 * ({@code nl.tafelwerk.assessment.ui.AnalysisPreviewView}): they render, the what-if recomputes when the chair
 * types a weight, the projector mode stays readable, and axe finds nothing serious. Screenshots in
 * {@code target/e2e-screenshots/analysis-*.png}.
 */
class AnalysisPanelsBrowserTest extends BrowserTest {

    @Test
    void rankingChartsAndWhatIfRenderAndRecomputeInABrowser() {
        // tall enough that the whole preview fits: the app frame scrolls inside itself, so a full-page shot would not
        Page chair = loginAs(newPage(1366, 4600, 1), "voorzitter");
        open(chair, "/test/analyse", "Analyse (test) · Tafelwerk");
        assertThat(chair.locator("#ranking-grid")).containsText("MITZ");
        assertThat(chair.locator(".tw-distribution-chart svg[role=img]")).hasCount(2);
        assertThat(chair.locator("#ranking-chart svg[role=img]")).hasCount(1);
        assertThat(chair.locator("#whatif-note")).containsText("Dit verandert de gepubliceerde versie niet");
        screenshot(chair, "analysis-preview");

        input(chair, "weight-S-URG").fill("4");
        input(chair, "weight-S-URG").press("Tab");
        assertThat(chair.locator("#whatif-ranking")).containsText("omhoog");
        screenshot(chair, "analysis-preview-whatif");
        chair.locator(".tw-whatif-panel").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("analysis-whatif-panel.png")));
        chair.locator("#ranking-chart").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("analysis-ranking-chart.png")));
        chair.locator(".tw-distribution-chart").first().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("analysis-distribution-chart.png")));

        List<String> serious = new ArrayList<>();
        AxeRunOnlyOptions wcagAa = new AxeRunOnlyOptions();
        wcagAa.setType("tag");
        wcagAa.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcagAa);
        AxeResults results = new AxeBuilder(chair).options(options)
                .exclude(List.of("vaadin-dev-tools", "copilot-main")).analyze();
        for (Rule violation : results.getViolations()) {
            boolean devToolsOnly = violation.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                    .allMatch(target -> target.contains("copilot-main") || target.contains("vaadin-dev-tools"));
            if (!devToolsOnly && ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact()))) {
                serious.add(violation.getId() + " — " + violation.getHelp() + " " + violation.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        assertThat(serious).as("serious or critical WCAG findings on the analysis components").isEmpty();

        Page projector = loginAs(newPage(1920, 5600, 1), "voorzitter");
        open(projector, "/test/analyse?projectie", "Analyse (test) · Tafelwerk");
        assertThat(projector.locator("#ranking-grid")).containsText("MITZ");
        projector.waitForTimeout(500);
        screenshot(projector, "analysis-preview-projector");
    }
}
