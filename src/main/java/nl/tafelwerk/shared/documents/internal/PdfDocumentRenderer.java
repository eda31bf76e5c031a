package nl.tafelwerk.shared.documents.internal;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDF: one XHTML page built from the document, laid out by openhtmltopdf with CSS paged media (title
 * page, contents with target page numbers, running footer), tagged as PDF/UA with the document's language.
 * The fonts are read once from the classpath (they are inside the jar in production) and their metrics
 * cached across renders; nothing is fetched from outside while rendering.
 */
final class PdfDocumentRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_DIR = "/fonts/dejavu/";

    private record Font(byte[] bytes, int weight, FontStyle style) {}

    private final List<Font> fonts = List.of(
            new Font(resource("DejaVuSans.ttf"), 400, FontStyle.NORMAL),
            new Font(resource("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
            new Font(resource("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC),
            new Font(resource("DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC));
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    byte[] render(Document document) {
        String html = html(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Tafelwerk");
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (Font font : fonts) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), FONT_FAMILY, font.weight(), font.style(), true);
        }
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            LinkDescriptions.addTo(pdf);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of '" + document.title() + "' could not be written", e);
        }
        return out.toByteArray();
    }

    static String html(Document document) {
        StringBuilder body = new StringBuilder(16 * 1024);
        StringBuilder toc = new StringBuilder();
        int headingNumber = 0;
        int headingLevel = 0;
        for (DocumentBlock block : document.blocks()) {
            switch (block) {
                case DocumentBlock.Heading h -> {
                    int level = Math.clamp(h.level(), 1, 6);
                    headingLevel = level;
                    String id = "h-" + (++headingNumber);
                    body.append("<h").append(level).append(" id=\"").append(id).append("\">")
                            .append(text(h.text())).append("</h").append(level).append(">\n");
                    if (level <= 2) {
                        toc.append("<li class=\"toc-").append(level).append("\"><a href=\"#").append(id).append("\" title=\"")
                                .append(text(h.text())).append("\">").append(text(h.text())).append("</a></li>\n");
                    }
                }
                case DocumentBlock.MarkdownText m -> body.append("<div class=\"md\">")
                        .append(MarkdownSyntax.html(MarkdownSyntax.parseUnder(HouseStyle.xmlSafe(m.markdown()), headingLevel)))
                        .append("</div>\n");
                case DocumentBlock.Table t -> table(body, t);
                case DocumentBlock.PageBreak p -> body.append("<div class=\"page-break\"></div>\n");
            }
        }
        String lang = document.language().toLanguageTag();
        String footerLeft = text(document.versionLabel()) + " · " + text(HouseStyle.date(document));
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s" xml:lang="%s">
                <head>
                <meta charset="UTF-8" />
                <title>%s</title>
                <meta name="subject" content="%s" />
                <meta name="author" content="%s" />
                <style>%s</style>
                </head>
                <body>
                <div id="footer"><span class="footer-right">%s <span class="page-number"></span> %s <span class="page-count"></span></span>%s</div>
                <div class="title-page">
                <p class="table-name">%s</p>
                <h1 class="title">%s</h1>
                <p class="subtitle">%s</p>
                <div class="title-meta">
                <p class="version">%s</p>
                <p>%s</p>
                </div>
                </div>
                <div class="toc">
                <h2 class="toc-title">%s</h2>
                <ul>
                %s</ul>
                </div>
                <div class="body">
                %s</div>
                </body>
                </html>
                """.formatted(lang, lang, text(document.title()), text(document.subtitle()), HouseStyle.TABLE_NAME,
                css(), HouseStyle.page(document), HouseStyle.of(document), footerLeft, HouseStyle.TABLE_NAME,
                text(document.title()), text(document.subtitle()), text(document.versionLabel()),
                text(HouseStyle.date(document)), HouseStyle.contents(document), toc, body);
    }

    private static void table(StringBuilder body, DocumentBlock.Table t) {
        if (!t.caption().isBlank()) {
            body.append("<p class=\"caption\">").append(text(t.caption())).append("</p>\n");
        }
        body.append("<table class=\"data\"><thead><tr>");
        t.headers().forEach(h -> body.append("<th scope=\"col\">").append(text(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : t.rows()) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(text(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
    }

    private static String css() {
        return """
                @page { size: A4; margin: 22mm 20mm 26mm 20mm;
                  @bottom-left { content: element(footer); vertical-align: top; } }
                body { font-family: '%1$s'; font-size: 10pt; line-height: 1.45; color: #%2$s; }
                #footer { position: running(footer); width: 170mm; font-size: 8pt; color: #%3$s;
                  border-top: 0.5pt solid #%4$s; padding-top: 2mm; }
                .footer-right { float: right; }
                .page-number::before { content: counter(page); }
                .page-count::before { content: counter(pages); }
                .title-page { page-break-after: always; padding-top: 45mm; }
                .table-name { color: #%5$s; font-size: 11pt; font-weight: bold; letter-spacing: 0.5pt;
                  border-bottom: 3pt solid #%5$s; padding-bottom: 3mm; margin: 0; }
                h1.title { font-size: 26pt; line-height: 1.2; color: #%5$s; border: none; margin: 14mm 0 4mm 0; }
                .subtitle { font-size: 14pt; color: #%3$s; margin: 0; }
                .title-meta { margin-top: 40mm; border-left: 3pt solid #%5$s; padding-left: 5mm; font-size: 11pt; }
                .title-meta p { margin: 1mm 0; }
                .title-meta .version { font-weight: bold; }
                .toc { page-break-after: always; }
                h2.toc-title { font-size: 17pt; margin-top: 0; }
                .toc ul { list-style: none; padding: 0; margin: 0; }
                .toc li { margin: 0; padding: 1.2mm 0; }
                .toc li.toc-1 { font-weight: bold; margin-top: 2mm; }
                .toc li.toc-2 { padding-left: 7mm; }
                .toc a { color: #%2$s; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                h1, h2, h3, h4, h5, h6 { color: #%5$s; page-break-after: avoid; line-height: 1.25; }
                h1 { font-size: 17pt; border-bottom: 0.75pt solid #%4$s; padding-bottom: 2mm; margin: 0 0 4mm 0; }
                h2 { font-size: 13pt; margin: 7mm 0 2mm 0; }
                h3 { font-size: 11pt; margin: 5mm 0 1.5mm 0; }
                h4, h5, h6 { font-size: 10pt; margin: 4mm 0 1mm 0; }
                .page-break { page-break-before: always; }
                p { margin: 0 0 2.5mm 0; }
                ul, ol { margin: 0 0 2.5mm 0; padding-left: 6mm; }
                li { margin-bottom: 1mm; }
                a { color: #%5$s; }
                blockquote { margin: 0 0 2.5mm 0; padding-left: 4mm; border-left: 2pt solid #%4$s; color: #%3$s; }
                code, pre { font-family: '%1$s'; font-size: 9pt; background: #%6$s; }
                pre { padding: 2mm; white-space: pre-wrap; }
                .caption { font-weight: bold; margin: 4mm 0 1.5mm 0; }
                table { width: 100%%; border-collapse: collapse; margin: 0 0 5mm 0; font-size: 8.5pt;
                  -fs-table-paginate: paginate; }
                th { background: #%5$s; color: #ffffff; text-align: left; font-weight: bold; padding: 1.5mm 2mm;
                  border: 0.5pt solid #%5$s; }
                td { padding: 1.3mm 2mm; border-bottom: 0.5pt solid #%4$s; vertical-align: top; }
                tr { page-break-inside: avoid; }
                tbody tr:nth-child(even) td { background: #%6$s; }
                """.formatted(FONT_FAMILY, HouseStyle.TEXT, HouseStyle.MUTED, HouseStyle.RULE, HouseStyle.ACCENT,
                HouseStyle.BAND);
    }

    private static String text(String value) {
        String safe = HouseStyle.xmlSafe(value);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(PdfDocumentRenderer.class.getResourceAsStream(FONT_DIR + name),
                () -> "font missing from the classpath: " + FONT_DIR + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
