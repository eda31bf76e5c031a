package nl.tafelwerk.collaboration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: screenshots of the comment panel on /tafel for a human to look at (a member's view
 * with unread comments, a reply, a mention and a resolved discussion). Run with
 * {@code mvn test -Dgroups=screenshots -DexcludedGroups=bench -Dtest=CommentScreenshots}.
 */
@Tag("screenshots")
@TafelwerkTest
class CommentScreenshots {

    @LocalServerPort
    int port;

    @Test
    void take() {
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync")));
            Page chair = login(browser, "voorzitter");
            chair.navigate(base() + "tafel");
            Locator panel = chair.locator("#profile-comments");
            post(chair, "Kan @lid-haz de planning van de werkgroep voorbereiden?");
            post(chair, "De begroting is rond; dit punt kan dicht.");
            Locator first = panel.locator(".tw-comment-thread").filter(new Locator.FilterOptions().setHasText("werkgroep"));
            first.locator(".tw-comment-reply").click();
            first.locator(".tw-comment-reply-input textarea").fill("Graag voor 20 januari, dan kan het mee in de stukken.");
            first.locator(".tw-comment-reply-send").click();
            panel.locator(".tw-comment-thread").filter(new Locator.FilterOptions().setHasText("begroting"))
                    .locator(".tw-comment-resolve").click();
            chair.waitForTimeout(1000);

            Page member = login(browser, "lid-haz");
            member.navigate(base() + "tafel");
            member.waitForTimeout(2500);
            member.addStyleTag(new Page.AddStyleTagOptions().setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
            member.locator("#profile-comments").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/comments-panel-member.png")));
            member.setViewportSize(1920, 1080);
            member.waitForTimeout(500);
            member.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/comments-tafel-member.png")));
            browser.close();
        }
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private static void post(Page page, String text) {
        page.locator("#profile-comments .tw-comment-input textarea").fill(text);
        page.locator("#profile-comments .tw-comment-send").click();
        page.locator("#profile-comments .tw-comment-thread").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
    }

    private Page login(Browser browser, String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setTimezoneId("Europe/Amsterdam")
                .setViewportSize(1366, 900)).newPage();
        page.navigate(base() + "login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("tafelwerk-demo");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(base());
        return page;
    }
}
