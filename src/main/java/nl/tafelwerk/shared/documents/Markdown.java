package nl.tafelwerk.shared.documents;

import nl.tafelwerk.shared.documents.internal.MarkdownSyntax;

/**
 * Markdown written by people (CommonMark with GFM tables), shown as HTML in the app: the live preview and
 * read-only sections. The same reading feeds the DOCX and PDF, so what the preview shows is what is sent.
 */
public final class Markdown {

    private Markdown() {}

    /**
     * Safe HTML for {@code Html}/{@code innerHTML}: raw HTML in the input is escaped (shown, never run), links
     * only to http(s), mailto or paths within Tafelwerk and with {@code rel="noopener noreferrer"}, images as
     * their alt text. Wrapped in one {@code <div class="tw-markdown">} so {@code Html} gets a single root.
     */
    public static String toSafeHtml(String markdown) {
        return "<div class=\"tw-markdown\">" + MarkdownSyntax.html(MarkdownSyntax.parse(markdown)) + "</div>";
    }
}
