package nl.tafelwerk.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Markdown written by people is shown in the app as HTML: formatting yes, anything that runs or fetches no. */
class MarkdownTest {

    @Test
    void formatsParagraphsListsEmphasisLinksAndTables() {
        String html = Markdown.toSafeHtml("""
                Een **vet** en *schuin* woord met [een link](https://example.org/a?b=1).

                - eerste punt
                - tweede punt

                1. stap een
                2. stap twee

                | Sector | Positie |
                | --- | --- |
                | HAZ | steunt |
                """);

        assertThat(html).startsWith("<div class=\"tw-markdown\">").endsWith("</div>")
                .contains("<strong>vet</strong>", "<em>schuin</em>")
                .contains("<a rel=\"noopener noreferrer\" href=\"https://example.org/a?b=1\" title=\"https://example.org/a?b=1\">een link</a>")
                .contains("<li>eerste punt</li>", "<ol>", "<li>stap twee</li>")
                .contains("<table>", "<th>Sector</th>", "<td>steunt</td>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = Markdown.toSafeHtml("""
                <script>alert('x')</script>

                Tekst met <img src=x onerror="alert(1)"> en <b onclick="alert(2)">klik</b>.

                <iframe src="https://evil.example"></iframe>
                """);

        assertThat(html).doesNotContain("<script", "<img", "<b ", "<iframe")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    }

    @Test
    void linksOnlyToWebMailAndTafelwerkItself() {
        String html = Markdown.toSafeHtml("""
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](jav&#x61;script:alert(1))
                [d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:msgbox) [f](//evil.example/x)
                [g](mailto:secretariaat@example.org) [h](/voorraadagenda/VS-01) [i](http://example.org)
                [j](<java script:alert(1)>) [k](file:///etc/passwd)
                """);

        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("data:", "vbscript", "//evil", "file:")
                .contains("<p>a b c\nd e f\n", "\nj k</p>")
                .contains("href=\"mailto:secretariaat@example.org\"", "href=\"/voorraadagenda/VS-01\"",
                        "href=\"http://example.org\"");
    }

    @Test
    void imagesBecomeTheirTextSoNothingIsFetched() {
        String html = Markdown.toSafeHtml("![kaart van de sectoren](https://tracker.example/pixel.png)");

        assertThat(html).doesNotContain("<img", "tracker.example").contains("kaart van de sectoren");
    }

    @Test
    void hugeAndDeeplyNestedInputRendersWithoutFailing() {
        String huge = "Een alinea met **vet** en [link](https://example.org) erin. ".repeat(40_000); // ~2.4 MB
        String deep = ">".repeat(20_000) + " diep\n\n" + "- ".repeat(5_000) + "lijst\n\n" + "[".repeat(50_000) + "x";
        Instant start = Instant.now();

        assertThatCode(() -> Markdown.toSafeHtml(huge)).doesNotThrowAnyException();
        assertThatCode(() -> Markdown.toSafeHtml(deep)).doesNotThrowAnyException();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(Markdown.toSafeHtml(huge)).contains("Een alinea met **vet**").doesNotContain("<strong>");
    }
}
