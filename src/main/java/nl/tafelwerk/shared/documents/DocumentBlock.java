package nl.tafelwerk.shared.documents;

import java.util.List;

/** One piece of a {@link Document}'s body. */
public sealed interface DocumentBlock {

    /** A heading; level 1 and 2 appear in the table of contents. */
    record Heading(int level, String text) implements DocumentBlock {}

    /**
     * Text written by people in Markdown (CommonMark with tables): paragraphs, lists, bold, italics, links,
     * tables, headings (rendered below the enclosing {@link Heading}). Raw HTML is shown as text, never run.
     */
    record MarkdownText(String markdown) implements DocumentBlock {}

    /** A table built from data (a ranking, a scenario comparison, the positions per sector). */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements DocumentBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Starts the next block on a new page. */
    record PageBreak() implements DocumentBlock {}
}
