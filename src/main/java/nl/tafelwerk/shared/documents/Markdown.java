package nl.tafelwerk.shared.documents;

/**
 * Markdown written by people, shown as HTML in the app (the live preview, read-only sections).
 * PLACEHOLDER until the documents work lands: escapes the text and keeps line breaks.
 */
public final class Markdown {

    private Markdown() {}

    /** Safe HTML for {@code Html}/{@code innerHTML}: raw HTML in the input is escaped, links only http(s)/mailto. */
    public static String toSafeHtml(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<div class=\"tw-markdown\">" + escaped.replace("\n", "<br>") + "</div>";
    }
}
