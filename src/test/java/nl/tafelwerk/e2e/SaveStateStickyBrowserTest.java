package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The save state of a co-edited form stays in view when someone scrolls a long form: on a 1366x768
 * laptop and on the projector (1920x1080 at 150 % zoom, i.e. 1280x720 CSS pixels, projector mode).
 */
class SaveStateStickyBrowserTest extends BrowserTest {

    @Test
    void saveStateStaysVisibleAtTheBottomOfALongVraagstukOnALaptop() {
        Page page = loginAs(newPage(1366, 768, 1), "voorzitter");
        assertSaveStateVisibleAtTheBottom(page, "/voorraadagenda/VS-01", "save-state-laptop-1366x768");
    }

    @Test
    void saveStateStaysVisibleAtTheBottomOfALongVraagstukOnTheProjector() {
        Page page = loginAs(newPage(1280, 720, 1.5), "voorzitter");
        assertSaveStateVisibleAtTheBottom(page, "/voorraadagenda/VS-01?projectie", "save-state-projector-1920x1080-150");
    }

    private void assertSaveStateVisibleAtTheBottom(Page page, String path, String screenshotName) {
        page.navigate(url(path));
        Locator badge = page.locator("#vraagstuk-save-state");
        // The first opening of a vraagstuk can be slow on a busy build machine.
        badge.waitFor(new Locator.WaitForOptions().setTimeout(3 * TIMEOUT_MS));
        assertThat(badge).not().isEmpty();
        assertThat(badge).isInViewport();

        // Scroll to the very bottom of the form: the last part of the editor, then whatever scrolls further.
        page.locator("#vraagstuk-history").scrollIntoViewIfNeeded();
        page.locator("#vraagstuk-history").hover();
        page.mouse().wheel(0, 20_000);
        page.waitForTimeout(500);
        assertThat(page.locator("#vraagstuk-title")).not().isInViewport();

        System.out.println(screenshotName + " scrolled: " + page.evaluate("() => [...document.querySelectorAll('*')]"
                + ".filter(el => el.scrollTop > 0 || getComputedStyle(el).overflow !== 'visible')"
                + ".map(el => el.tagName + '#' + el.id + '.' + el.className + ' top=' + el.scrollTop + ' of=' + getComputedStyle(el).overflow"
                + " + ' h=' + el.clientHeight + '/' + el.scrollHeight).join(' | ')"));
        System.out.println(screenshotName + " row: " + badge.evaluate("b => { const r = b.parentElement; const cs = getComputedStyle(r);"
                + " const p = r.parentElement; const ps = getComputedStyle(p);"
                + " return r.tagName + ' pos=' + cs.position + ' top=' + cs.top + ' rect=' + JSON.stringify(r.getBoundingClientRect())"
                + " + ' parent=' + p.tagName + '.' + p.className + ' h=' + ps.height + ' of=' + ps.overflow + ' style=' + p.getAttribute('style')"
                + " + ' prect=' + JSON.stringify(p.getBoundingClientRect()); }"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshotName + "-viewport.png")));
        assertThat(badge).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        // Vaadin's development-mode overlay (only there because tests run in development mode) covers the page.
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) badge.evaluate("badge => { const r = badge.getBoundingClientRect();"
                + " const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return { top: r.top, bottom: r.bottom, height: window.innerHeight,"
                + " onTop: top === badge || badge.contains(top), covering: top ? top.tagName + '#' + top.id : 'none' }; }");
        System.out.println(screenshotName + ": " + seen);
        screenshot(page, screenshotName);
        assertThat(((Number) seen.get("top")).doubleValue()).as("badge top %s", seen).isGreaterThanOrEqualTo(0);
        assertThat(((Number) seen.get("bottom")).doubleValue()).as("badge bottom %s", seen)
                .isLessThanOrEqualTo(((Number) seen.get("height")).doubleValue());
        assertThat(seen.get("onTop")).as("nothing covers the badge: %s", seen).isEqualTo(true);
    }
}
