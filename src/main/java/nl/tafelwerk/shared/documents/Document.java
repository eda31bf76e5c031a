package nl.tafelwerk.shared.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A document in the table's house style, independent of its file format: the advice and the minutes are
 * written once as a {@code Document} and rendered as DOCX and PDF by {@link DocumentRenderer}.
 *
 * @param title         title page heading, e.g. "Advies VS-07 — Medicatieoverdracht"
 * @param subtitle      line under the title, e.g. the gremium or the meeting
 * @param versionLabel  shown on the title page and in every page footer, e.g. "Versie 2 (vastgesteld)"
 * @param date          shown on the title page and in the footer
 * @param language      document language (tagged in the PDF), Dutch for everything the table sends
 * @param blocks        the body in reading order; level-1 and level-2 headings make the table of contents
 */
public record Document(String title, String subtitle, String versionLabel, LocalDate date, Locale language,
        List<DocumentBlock> blocks) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    public Document {
        blocks = List.copyOf(blocks);
    }
}
