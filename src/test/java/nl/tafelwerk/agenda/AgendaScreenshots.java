package nl.tafelwerk.agenda;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: takes 1920×1080 screenshots of the agenda views for a human to look at.
 * Run with {@code mvn test -Dgroups=screenshots -DexcludedGroups=bench -Dtest=AgendaScreenshots}.
 */
@Tag("screenshots")
@TafelwerkTest
class AgendaScreenshots {

    @LocalServerPort
    int port;

    @Test
    void take() {
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
            shot(page, base + "voorraadagenda", "agenda");
            shot(page, base + "voorraadagenda/VS-02", "vraagstuk");
            shot(page, base + "voorraadagenda/projectie", "projectie");
            shot(page, base + "voorraadagenda/VS-9999", "notfound");
            browser.close();
        }
    }

    private static void shot(Page page, String url, String name) {
        page.navigate(url);
        page.waitForTimeout(2500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
