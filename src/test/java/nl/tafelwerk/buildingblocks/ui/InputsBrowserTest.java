package nl.tafelwerk.buildingblocks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10 in a real Chromium: a 600-row bouwsteen import preview (the grid broke at ~500 rows with
 * "Attempted to fetch more items" when all rows were visible at once), the Dutch upload texts, and
 * "Alle sectoren" in a seed vraagstuk. Screenshots in target/e2e-screenshots/.
 */
@TafelwerkTest
class InputsBrowserTest {

    private static final Path SHOTS = Paths.get("target/e2e-screenshots");

    @LocalServerPort
    int port;

    @Test
    void aLargeImportPreviewScrollsToItsLastRowAndTheBadRowCanBeFound() throws Exception {
        Files.createDirectories(SHOTS);
        List<String> consoleErrors = new ArrayList<>();
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--no-first-run", "--disable-sync")))) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000)
                    .setLocale("nl-NL"));
            Page page = context.newPage();
            page.setDefaultTimeout(90_000);
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.getByLabel("Gebruikersnaam").fill("voorzitter");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("tafelwerk-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            page.waitForURL(base);

            page.navigate(base + "voorraadagenda/VS-04");
            page.waitForSelector("#vraagstuk-affected-sectors");
            page.waitForTimeout(1000);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("vraagstuk-alle-sectoren.png")));

            page.navigate(base + "bouwstenen");
            page.waitForSelector("#import-open");
            page.click("#import-open");
            page.waitForSelector("#import-upload");
            assertThat(page.getByText("Bestand kiezen…").count()).isPositive();
            StringBuilder csv = new StringBuilder("code;naam;type\n");
            for (int i = 1; i <= 600; i++) {
                csv.append("GROOT-").append(i).append(";Rij ").append(i).append(';').append(i == 577 ? "raar" : "norm").append('\n');
            }
            page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("groot.csv", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8)));
            page.waitForFunction("() => document.querySelector('#import-summary')?.textContent.includes('600 rijen')");
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("bouwsteen-import-600.png")));
            page.evaluate("() => document.querySelector('#import-rows').scrollToIndex(599)");
            page.waitForTimeout(1500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("bouwsteen-import-600-end.png")));
            assertThat(cells(page, "GROOT-600")).as("the last row renders").isPositive();
            page.click("#import-only-problems");
            page.waitForTimeout(1000);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("bouwsteen-import-problemen.png")));
            assertThat(cells(page, "onbekend type")).isPositive();
            assertThat(consoleErrors).as("no client errors").noneMatch(e -> e.contains("fetch more items"));

            page.navigate(base + "voorraadagenda%00");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("fout-400.png")));
            assertThat(page.content()).contains("Dit adres klopt niet");
        }
    }

    private static int cells(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).count();
    }
}
